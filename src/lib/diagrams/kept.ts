// What Mermaid made of each diagram, kept on disk between runs: the drawings a build makes and the verdicts a check
// reaches. Both are named by a digest of the diagram's source, in folders named by Mermaid's version, so a new
// Mermaid starts afresh. A check whose diagrams were all seen before does not load Mermaid (about a second of CPU).
import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, resolve } from 'node:path';
import type { Problem } from '../content/problems.ts';
import { keptFile } from './drawings.ts';
import { packageModule } from '../module-file.ts';

const require = createRequire(import.meta.url);

/** The folder of Mermaid's browser build (its package's `dist/`). */
export const mermaidDist = dirname(require.resolve('mermaid'));

/** The installed Mermaid's version, which names the folders kept results live in. */
export const mermaidVersion = (JSON.parse(readFileSync(join(mermaidDist, '..', 'package.json'), 'utf8')) as { version: string })
  .version;

/** Where diagrams are kept between runs: PLAYBOOK_DRAWINGS (a CI cache may point it at a cached folder), else node_modules/.astro/playbook-diagrams/ in the project. */
export function keptDiagramsDir(root: string, env: Record<string, string | undefined>): string {
  return env['PLAYBOOK_DRAWINGS'] ? resolve(root, env['PLAYBOOK_DRAWINGS']) : join(root, 'node_modules', '.astro', 'playbook-diagrams');
}

/** What Mermaid said of a diagram's source, wherever it stands: its problems, with lines counted from its fence. */
export type Verdict = (Omit<Problem, 'file' | 'line'> & { offset: number })[];

/** Verdicts by diagram source: a `Map` keeps them for one process, `keptVerdicts` on disk as well. */
export interface DiagramVerdicts {
  get(source: string): Verdict | undefined;
  set(source: string, verdict: Verdict): unknown;
}

/** A digest of the code that turns Mermaid's errors into problems: a change to it makes every check parse afresh. */
const verdictCode = createHash('sha256')
  .update(readFileSync(packageModule('./parse', import.meta.url)))
  .digest('hex')
  .slice(0, 8);

/** The folder of kept verdicts in a project (see `keptDiagramsDir`). */
export function verdictsDir(root: string, env: Record<string, string | undefined>): string {
  return join(keptDiagramsDir(root, env), `verdicts-mermaid-${mermaidVersion}-${verdictCode}`);
}

/**
 * Verdicts kept in memory and in `folder`, one small file a diagram. Keeping is best effort: a folder that cannot
 * be written, or a file that cannot be read, only means Mermaid parses that diagram again.
 */
export function keptVerdicts(folder: string): DiagramVerdicts {
  const known = new Map<string, Verdict>();
  return {
    get(source) {
      if (!known.has(source)) {
        try {
          known.set(source, JSON.parse(readFileSync(keptFile(folder, source), 'utf8')) as Verdict);
        } catch {
          return undefined;
        }
      }
      return known.get(source);
    },
    set(source, verdict) {
      known.set(source, verdict);
      try {
        mkdirSync(folder, { recursive: true });
        // Written whole, then renamed: a check running alongside reads the old file or the new, never half of one.
        const file = keptFile(folder, source);
        const partial = `${file}.${process.pid}.partial`;
        writeFileSync(partial, JSON.stringify(verdict));
        renameSync(partial, file);
      } catch {
        // Not kept: parsed again next time.
      }
    },
  };
}
