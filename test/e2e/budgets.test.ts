import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { describe, expect, inject, it } from 'vitest';
import { htmlFiles } from '../helpers/html.ts';

const starterDir = inject('starterDir');
const gzip = async (file: string) => gzipSync(await readFile(join(starterDir, file))).length;

// Page budgets on the starter handbook's built output, compressed as a server would send them.
describe('page budgets', () => {
  it('keeps every page’s HTML under 40 KB compressed', async () => {
    const heavy: string[] = [];
    for (const file of await htmlFiles(starterDir)) if ((await gzip(file)) > 40 * 1024) heavy.push(file);
    expect(heavy).toEqual([]);
  });

  it('keeps a guide page’s CSS under 20 KB compressed', async () => {
    const html = await readFile(join(starterDir, 'guides/zuora-invoices-payments-to-netsuite/index.html'), 'utf8');
    const sheets = [...html.matchAll(/<link rel="stylesheet" href="\/([^"]+)"/g)].map((m) => m[1]!);
    expect(sheets.length).toBeGreaterThan(0);
    let total = 0;
    for (const sheet of sheets) total += await gzip(sheet);
    expect(total).toBeLessThanOrEqual(20 * 1024);
  });
});
