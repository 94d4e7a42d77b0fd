import { existsSync } from 'node:fs';
import { mkdir, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { compileCacheDir } from '../../src/cli/build.ts';
import { tempDir } from '../helpers/project.ts';

describe("the build process's compile cache", () => {
  it("lives in the project's node_modules/.astro/, or the system's temporary folder without one", async () => {
    const project = await tempDir('compile-cache');
    expect(compileCacheDir(project)).toBe(join(tmpdir(), 'playbook-compile-cache'));
    await mkdir(join(project, 'node_modules'));
    expect(compileCacheDir(project)).toBe(join(project, 'node_modules/.astro/playbook-compile-cache'));
  });

  it('is emptied once it holds more files than its limit, and kept below it', async () => {
    const project = await tempDir('compile-cache');
    await mkdir(join(project, 'node_modules'));
    const dir = compileCacheDir(project);
    await mkdir(join(dir, 'v24'), { recursive: true });
    for (const name of ['a', 'b']) await writeFile(join(dir, 'v24', name), 'compiled');
    expect(compileCacheDir(project, 3)).toBe(dir);
    expect(existsSync(join(dir, 'v24', 'a'))).toBe(true);
    await writeFile(join(dir, 'v24', 'c'), 'compiled');
    compileCacheDir(project, 3);
    expect(existsSync(dir)).toBe(false);
  });
});
