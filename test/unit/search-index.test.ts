import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { writeSearchIndex } from '../../src/integration/search-index.ts';
import { tempDir } from '../helpers/project.ts';

/** A built site of one page Pagefind can index. */
async function site(): Promise<string> {
  const dir = await tempDir('search-index');
  await mkdir(join(dir, 'guides/a'), { recursive: true });
  await writeFile(
    join(dir, 'guides/a/index.html'),
    '<html lang="en"><body><main data-pagefind-body><h1>A guide</h1><p>Words.</p></main></body></html>',
  );
  return dir;
}

describe('the search index of a built site', () => {
  afterEach(() => vi.unstubAllEnvs());

  it('is written into pagefind/ and counts the pages', async () => {
    const dir = await site();
    expect(await writeSearchIndex(dir)).toEqual({ pages: 1 });
  });

  // The build turns this error into its one-line reason and leaves dist/ as it was (test/site/atomic-build.test.ts).
  it('fails with one clear line, and no stack trace of Pagefind’s, when Pagefind cannot start', async () => {
    const dir = await site();
    vi.stubEnv('PAGEFIND_BINARY_PATH', join(dir, 'no-such-pagefind'));
    const printed = vi.spyOn(console, 'error');
    await expect(writeSearchIndex(dir)).rejects.toThrow(/^Pagefind could not start: spawn .*no-such-pagefind ENOENT$/);
    expect(printed).not.toHaveBeenCalled();
  });
});
