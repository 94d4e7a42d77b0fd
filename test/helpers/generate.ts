import { cp, mkdir, writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { tempDir } from './project.ts';
import { guideBody, guideInput, mdx } from './entries.ts';

/**
 * A handbook with `count` guides over the small fixture's systems and references, every guide the
 * same but for its number, so that pages of two such handbooks can be compared byte for byte.
 */
export async function generateHandbook(count: number): Promise<string> {
  const dir = await tempDir(`${count}-guides`);
  const fixture = resolve(import.meta.dirname, '../fixtures/small');
  for (const folder of ['systems', 'anti-patterns', 'security'])
    await cp(join(fixture, folder), join(dir, folder), { recursive: true });
  await mkdir(join(dir, 'guides'));
  await Promise.all(
    Array.from({ length: count }, (_, index) => {
      const n = String(index + 1).padStart(5, '0');
      const guide = guideInput({
        title: `Generated guide ${n}`,
        summary: `Generated guide number ${n}.`,
        systems: ['alpha-crm', 'beta-ledger'],
        dataFlow: [{ from: 'alpha-crm', to: 'beta-ledger', objects: ['Account'], trigger: 'event', sync: 'incremental' }],
        antiPatterns: ['silent-failures'],
        securityNotes: ['rotate-keys'],
        tags: ['generated'],
      });
      return writeFile(join(dir, 'guides', `guide-${n}.mdx`), mdx(guide, guideBody));
    }),
  );
  return dir;
}
