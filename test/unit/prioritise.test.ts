import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { factors, goodness, prioritise, type Scorable } from '../../src/lib/prioritise.ts';
import { defaultScoringModel, scoringModelSchema } from '../../src/lib/schemas/scoring-model.ts';

const weights = scoringModelSchema.parse(defaultScoringModel).weights;
const guide = (id: string, impact: number, complexity: number, cost: number, risk: number, mandatory?: string): Scorable => ({
  id,
  title: id,
  score: { impact, complexity, cost, risk, ...(mandatory ? { mandatory } : {}) },
});

describe('prioritise', () => {
  it('scores by the documented formula: Σ weight × goodness, impact for, the others against', () => {
    const { ranked } = prioritise([guide('a', 5, 3, 2, 4)], weights);
    // impact (5−1)/4 × 40 = 40; complexity (5−3)/4 × 30 = 15; cost (5−2)/4 × 20 = 15; risk (5−4)/4 × 10 = 2.5
    expect(ranked[0]).toMatchObject({ priority: 72.5, contributions: { impact: 40, complexity: 15, cost: 15, risk: 2.5 } });
  });

  it('pins mandatory guides above the ranking, whatever their score, with their reason', () => {
    const result = prioritise(
      [guide('best', 5, 1, 1, 1), guide('required', 1, 5, 5, 5, 'GDPR deletion requests'), guide('middle', 3, 3, 3, 3)],
      weights,
    );
    expect(result.pinned.map((r) => [r.guide.id, r.mandatory])).toEqual([['required', 'GDPR deletion requests']]);
    expect(result.ranked.map((r) => r.guide.id)).toEqual(['best', 'middle']);
  });

  it('leaves out guides without a score and orders ties by title', () => {
    const result = prioritise([guide('b', 3, 3, 3, 3), { id: 'unscored', title: 'unscored' }, guide('a', 3, 3, 3, 3)], weights);
    expect(result.ranked.map((r) => r.guide.id)).toEqual(['a', 'b']);
  });

  it('changes the order when the weights change', () => {
    const guides = [guide('valuable-but-hard', 5, 5, 5, 5), guide('easy-but-minor', 1, 1, 1, 1)];
    expect(prioritise(guides, weights).ranked[0]?.guide.id).toBe('easy-but-minor');
    expect(prioritise(guides, { impact: 100, complexity: 0, cost: 0, risk: 0 }).ranked[0]?.guide.id).toBe('valuable-but-hard');
  });

  const rating = fc.integer({ min: 1, max: 5 });
  const anyWeights = fc
    .tuple(fc.nat(100), fc.nat(100), fc.nat(100))
    .map(([a, b, c]) => [a, b, c].sort((x, y) => x - y) as [number, number, number])
    .map(([a, b, c]) => ({ impact: a, complexity: b - a, cost: c - b, risk: 100 - c }));

  it('property: priority is between 0 and 100 and is the sum of the contributions', () => {
    fc.assert(
      fc.property(rating, rating, rating, rating, anyWeights, (impact, complexity, cost, risk, w) => {
        const [ranked] = prioritise([guide('g', impact, complexity, cost, risk)], w).ranked;
        const total = factors.reduce((sum, f) => sum + ranked!.contributions[f], 0);
        return ranked!.priority >= 0 && ranked!.priority <= 100 && Math.abs(total - ranked!.priority) < 1e-6;
      }),
    );
  });

  it('property: more impact never lowers priority, more risk never raises it', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 4 }),
        rating,
        rating,
        fc.integer({ min: 1, max: 4 }),
        anyWeights,
        (impact, complexity, cost, risk, w) => {
          const priority = (g: Scorable) => prioritise([g], w).ranked[0]!.priority;
          const base = priority(guide('g', impact, complexity, cost, risk));
          return (
            priority(guide('g', impact + 1, complexity, cost, risk)) >= base &&
            priority(guide('g', impact, complexity, cost, risk + 1)) <= base
          );
        },
      ),
    );
  });

  it('rates goodness from 0 to 1', () => {
    expect([goodness('impact', 1), goodness('impact', 5), goodness('risk', 1), goodness('risk', 5)]).toEqual([0, 1, 1, 0]);
  });
});

describe('scoring model', () => {
  it('accepts weights that sum to 100 and rejects others', () => {
    expect(scoringModelSchema.safeParse({ weights: { impact: 25, complexity: 25, cost: 25, risk: 25 } }).success).toBe(true);
    const result = scoringModelSchema.safeParse({ weights: { impact: 50, complexity: 30, cost: 20, risk: 10 } });
    expect(result.error?.issues.map((i) => i.message)).toEqual(['the weights must sum to 100 (they sum to 110)']);
  });
});
