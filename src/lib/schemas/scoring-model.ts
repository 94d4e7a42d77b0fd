import { z } from 'zod';

const weight = z.number('a percentage such as 40').min(0, 'zero or more percent').max(100, 'at most 100 percent');

/** The scoring model (`models/scoring.yaml` in the content folder): how much each factor counts, in percent. */
export const scoringModelSchema = z
  .strictObject({
    /** Weights of the four factors; they sum to 100. */
    weights: z.strictObject({
      /** Business value: a higher rating raises priority. */
      impact: weight,
      /** Technical complexity: a higher rating lowers priority. */
      complexity: weight,
      /** Cost to build and run: a higher rating lowers priority. */
      cost: weight,
      /** Risk of failure: a higher rating lowers priority. */
      risk: weight,
    }),
  })
  .superRefine((model, ctx) => {
    const { impact, complexity, cost, risk } = model.weights;
    const sum = impact + complexity + cost + risk;
    if (Math.abs(sum - 100) > 1e-9) {
      ctx.addIssue({ code: 'custom', path: ['weights'], message: `the weights must sum to 100 (they sum to ${sum})` });
    }
  });

export type ScoringModelInput = z.input<typeof scoringModelSchema>;
export type ScoringModel = z.output<typeof scoringModelSchema>;
export type Weights = ScoringModel['weights'];

/** Impact 40 %, technical complexity 30 %, cost 20 %, risk 10 %. */
export const defaultScoringModel: ScoringModelInput = { weights: { impact: 40, complexity: 30, cost: 20, risk: 10 } };
