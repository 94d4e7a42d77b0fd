import { actualOf, actualsBySize, actualsOutsideToWarn } from '../actuals.ts';
import { sizeBands } from '../estimate.ts';
import type { Models } from '../models.ts';
import type { Problem } from './problems.ts';

/**
 * A warning on the estimation model for each size whose recorded actual hours fall outside the model's band (its low
 * without contingency to its high with it) for three or more integrations: the model no longer describes the team.
 */
export function actualsProblems(
  entries: readonly { collection: string; id: string; data: unknown }[],
  models: Models,
  /** The content folder as messages name it. */
  content: string,
): Problem[] {
  const actuals = entries.flatMap((entry) => actualOf(`${entry.collection}/${entry.id}`, entry.data));
  return actualsBySize(actuals, sizeBands(models.estimate)).flatMap(({ size, count, band, outside }) =>
    band && outside.length >= actualsOutsideToWarn
      ? [
          {
            file: `${content}/models/estimate.yaml`,
            severity: 'warning' as const,
            field: `sizeFactors.${size}`,
            message: `${outside.length} of ${count} size ${size} integrations took hours outside the model's ${band.low}–${band.high} h (found: ${outside.map((actual) => `${actual.source} ${actual.hours} h`).join(', ')})`,
            hint: `adjust the phases or the size factor of ${size} in models/estimate.yaml so the model describes what the team's integrations take`,
            rule: 'estimate-actuals',
          },
        ]
      : [],
  );
}
