import { join } from 'node:path';
import { describe, expect, inject, it } from 'vitest';
import { sizeBands } from '../../src/lib/estimate.ts';
import { readModels } from '../../src/lib/models.ts';
import { page } from '../helpers/html.ts';
import { projectRoot } from '../helpers/project.ts';

// The reader fixture records actual hours on a request (accounts-live, M, 75 h) and two guides (old-export, M, 40 h;
// invoices-to-ledger, L, 120 h).
const dir = inject('readerDir');
const { models } = await readModels({ contentDir: join(projectRoot, 'test/fixtures/reader'), root: projectRoot });

describe('the quote page', () => {
  it('shows what past integrations of each size took beside the model’s hours, without script', async () => {
    const html = await page(dir, 'quote/index.html');
    const rows = html
      .querySelectorAll('table.past-actuals tbody tr')
      .map((row) => row.querySelectorAll('th, td').map((cell) => cell.textContent.trim()));
    const band = (size: string) => {
      const found = sizeBands(models.estimate).find((b) => b.size === size)!;
      return `${Number(found.hours.low)} h – ${Number(found.withContingency.high)} h`;
    };
    expect(rows).toEqual([
      ['M', '2', '57.5 h', '40 h – 75 h', band('M'), '0 integrations'],
      ['L', '1', '120 h', '120 h', band('L'), '0 integrations'],
    ]);
  });
});
