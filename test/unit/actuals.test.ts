import { describe, expect, it } from 'vitest';
import { actualsBySize } from '../../src/lib/actuals.ts';
import { actualsProblems } from '../../src/lib/content/actuals.ts';
import { formatProblem } from '../../src/lib/content/problems.ts';
import { sizeBands } from '../../src/lib/estimate.ts';
import { defaultModels } from '../../src/lib/models.ts';

const models = defaultModels();
const bands = sizeBands(models.estimate);
// The default model's M: its phases' low to their high with contingency.
const m = bands.find((band) => band.size === 'M')!;
const [low, high] = [Number(m.hours.low), Number(m.withContingency.high)];

describe('actual hours against the model', () => {
  it('gives each size its count, median and range, and the actuals outside the model’s band', () => {
    const [only] = actualsBySize(
      [
        { source: 'requests/a', size: 'M', hours: 40 },
        { source: 'requests/b', size: 'M', hours: 60 },
        { source: 'guides/c', size: 'M', hours: high + 50 },
        { source: 'guides/d', size: 'M', hours: 50 },
      ],
      bands,
    );
    expect(only).toEqual({
      size: 'M',
      count: 4,
      median: 55,
      low: 40,
      high: high + 50,
      band: { low, high },
      outside: [{ source: 'guides/c', size: 'M', hours: high + 50 }],
    });
  });

  it('warns on the model once three or more integrations of a size took hours outside its band', () => {
    const entries = (hours: number[]) =>
      hours.map((value, index) => ({ collection: 'requests', id: `r${index}`, data: { size: 'M', actualHours: value } }));
    expect(actualsProblems(entries([low - 10, high + 1, high + 100, 50]), models, 'content').map(formatProblem)).toEqual([
      `content/models/estimate.yaml  warning  sizeFactors.M: 3 of 4 size M integrations took hours outside the model's ${low}–${high} h (found: requests/r0 ${low - 10} h, requests/r1 ${high + 1} h, requests/r2 ${high + 100} h) — adjust the phases or the size factor of M in models/estimate.yaml so the model describes what the team's integrations take  (estimate-actuals)`,
    ]);
    expect(actualsProblems(entries([high + 1, high + 100, 50]), models, 'content')).toEqual([]);
  });
});
