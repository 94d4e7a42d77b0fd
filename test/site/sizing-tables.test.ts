import { join } from 'node:path';
import { describe, expect, inject, it } from 'vitest';
import { defaultInputs, estimate, sizeBands } from '../../src/lib/estimate.ts';
import { readModels } from '../../src/lib/models.ts';
import { formatHours, formatRange } from '../../src/lib/quote-format.ts';
import { page } from '../helpers/html.ts';
import { projectRoot } from '../helpers/project.ts';

// The reader fixture's sizing page places <SizeHours /> and <PhaseHours />; its models/estimate.yaml is the model.
const dir = inject('readerDir');
const content = join(projectRoot, 'test/fixtures/reader');
const { models } = await readModels({ contentDir: content, root: projectRoot });
const hours = (range: { low: string; high: string }) => formatRange(range.low, range.high, (h) => formatHours(h, 'en'));
const rows = async (selector: string) =>
  (await page(dir, 'handbook/sizing/index.html'))
    .querySelectorAll(`${selector} tbody tr`)
    .map((row) => row.querySelectorAll('th, td').map((cell) => cell.textContent.replace(/\s+/g, ' ').trim()));

describe('the hour tables of a handbook page', () => {
  it('give each size the hours the calculator gives, with and without the model’s contingency', async () => {
    expect(await rows('table.size-hours')).toEqual([
      ...sizeBands(models.estimate).map((band) => [
        expect.stringMatching(new RegExp(`^${band.size} `)),
        hours(band.hours),
        hours(band.withContingency),
      ]),
      ['XL (Extra large)', 'Never quoted as one project: the sum of its parts, plus coordination'],
    ]);
    // The model's M, as /quote/ computes it for its default inputs.
    const quote = estimate(models.estimate, defaultInputs(models.estimate));
    expect((await rows('table.size-hours'))[1]![1]).toBe(quote.quotable ? hours(quote.hours) : 'not quotable');
  });

  it('list every phase of the model for size M, and their total', async () => {
    const quote = estimate(models.estimate, { ...defaultInputs(models.estimate), size: 'M' });
    if (!quote.quotable) throw new Error('the fixture’s model cannot quote M');
    expect(await rows('table.phase-hours')).toEqual([
      ...models.estimate.phases.map((phase) => [
        phase.name,
        hours(quote.phases.find((p) => p.id === phase.id)!),
        phase.scalesWithSize ? 'Yes' : 'No',
      ]),
      ['Total', hours(quote.hours), ''],
      [`With ${models.estimate.contingencyPercent}% contingency`, hours(quote.servicesHours), ''],
    ]);
  });
});
