import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { bodyForCompiler, handbookModules } from '../../src/integration/virtual-modules.ts';
import { guideInput, mdx } from '../helpers/entries.ts';
import { tempDir } from '../helpers/project.ts';

/** The plugin's load hook, as Vite calls it for a module id. */
async function load(contentDir: string, id: string): Promise<unknown> {
  const plugin = handbookModules(contentDir, () => {
    throw new Error('not needed');
  });
  return (plugin.load as (id: string) => unknown).call({}, id);
}

describe('entry bodies handed to the MDX compiler', () => {
  it('blank the frontmatter line for line, so compiler errors keep the file’s line numbers', () => {
    const text = '\uFEFF---\ntitle: x\nsummary: y\n---\n\n## Introduction\n';
    expect(bodyForCompiler(text)).toBe('\n\n\n\n\n## Introduction\n');
  });

  it('are refused, naming the file and line, when an entry would run code, whatever asked for them', async () => {
    const content = await tempDir('guard');
    await mkdir(join(content, 'guides'));
    const path = join(content, 'guides/leak.mdx');
    await writeFile(path, mdx(guideInput(), "import secrets from '/etc/passwd?raw'\n\n## Introduction\n\n{secrets}\n"));
    await expect(load(content, path)).rejects.toThrow(
      /guides\/leak\.mdx is refused: .*guides\/leak\.mdx:\d+:1 {2}error {2}an entry cannot import/,
    );
    await expect(load(content, `${path}?astroPropagatedAssets`)).rejects.toThrow(/is refused/);
  });

  it('are handed over when the entry is content', async () => {
    const content = await tempDir('guard');
    await mkdir(join(content, 'guides'));
    const path = join(content, 'guides/fine.mdx');
    await writeFile(path, mdx(guideInput()));
    expect(await load(content, path)).toContain('## Introduction');
  });

  it('leave MDX outside the content folder to the compiler', async () => {
    expect(await load(await tempDir('guard'), '/elsewhere/page.mdx')).toBeUndefined();
  });
});
