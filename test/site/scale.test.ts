import { stat } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildSite } from '../helpers/build.ts';
import { generateHandbook } from '../helpers/generate.ts';

// The closest peer puts its whole sidebar on every page, so its pages grow with the handbook.
// Ours carry only their own entry and its direct references.
describe('page size does not grow with the handbook', () => {
  it('a guide page is the same size in a handbook of 5 guides and one of 25', async () => {
    const sizes: number[] = [];
    for (const count of [5, 25]) {
      const build = await buildSite(await generateHandbook(count));
      expect(build.code, build.output).toBe(0);
      sizes.push((await stat(join(build.outDir, 'guides/guide-00001/index.html'))).size);
    }
    expect(sizes[1]).toBe(sizes[0]);
  });
});
