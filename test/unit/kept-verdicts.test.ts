import { existsSync } from 'node:fs';
import { readdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { keptFile } from '../../src/lib/diagrams/drawings.ts';
import { keptVerdicts, mermaidVersion, verdictsDir, type Verdict } from '../../src/lib/diagrams/kept.ts';
import { startDiagramCheck, stopDiagramWorker } from '../../src/lib/diagrams/parse.ts';
import { tempDir } from '../helpers/project.ts';

const valid = 'flowchart LR\n  crm --> erp';
const broken = 'flowchart LR\n  crm --> erp -->';

describe("Mermaid's verdicts kept between checks", () => {
  it('are read back by a later process, one file a diagram, and a missing or unreadable one is no verdict', async () => {
    const folder = join(await tempDir('verdicts'), 'kept');
    const verdict: Verdict = [
      { severity: 'error', field: '```mermaid', message: 'Mermaid cannot parse this diagram', rule: 'mermaid-syntax', offset: 2 },
    ];
    keptVerdicts(folder).set(broken, verdict);
    keptVerdicts(folder).set(valid, []);
    // A new store reads from disk only.
    const later = keptVerdicts(folder);
    expect(later.get(broken)).toEqual(verdict);
    expect(later.get(valid)).toEqual([]);
    expect(later.get('flowchart TD\n  a --> b')).toBeUndefined();
    expect(await readdir(folder)).toHaveLength(2);
    await writeFile(keptFile(folder, valid), '{ half a file');
    expect(keptVerdicts(folder).get(valid)).toBeUndefined();
  });

  it('still serve this process when the folder cannot be written', async () => {
    const blocked = join(await tempDir('verdicts'), 'a-file');
    await writeFile(blocked, 'not a folder');
    const verdicts = keptVerdicts(join(blocked, 'kept'));
    expect(() => verdicts.set(valid, [])).not.toThrow();
    expect(verdicts.get(valid)).toEqual([]);
  });

  it('live beside the drawings, in a folder named by Mermaid’s version', () => {
    expect(verdictsDir('/repo', {})).toMatch(
      new RegExp(
        `^/repo/node_modules/\\.astro/playbook-diagrams/verdicts-mermaid-${mermaidVersion.replace(/\./g, '\\.')}-[0-9a-f]{8}$`,
      ),
    );
    expect(verdictsDir('/repo', { PLAYBOOK_DRAWINGS: 'cache/diagrams' })).toMatch(/^\/repo\/cache\/diagrams\/verdicts-mermaid-/);
  });
});

describe('a diagram check with kept verdicts', () => {
  const fence = (source: string, line: number) => ({ file: 'guides/a.mdx', line, source });

  it('takes a diagram’s verdict from the store instead of parsing it again, at the fence’s own line', async () => {
    const folder = join(await tempDir('verdicts'), 'kept');
    // A verdict Mermaid would never give on a valid diagram: reporting it proves it came from the store.
    keptVerdicts(folder).set(valid, [
      { severity: 'warning', field: '```mermaid', message: 'kept', rule: 'mermaid-syntax', offset: 1 },
    ]);
    const check = startDiagramCheck(keptVerdicts(folder));
    check.warmUp([`# A\n\n\`\`\`mermaid\n${valid}\n\`\`\`\n`]);
    expect(await check.check([fence(valid, 10), fence(valid, 30)])).toEqual([
      expect.objectContaining({ file: 'guides/a.mdx', line: 11, message: 'kept' }),
      expect.objectContaining({ file: 'guides/a.mdx', line: 31, message: 'kept' }),
    ]);
  });

  it('parses a diagram it has no verdict on with Mermaid, and keeps the verdict', async () => {
    const folder = join(await tempDir('verdicts'), 'kept');
    const check = startDiagramCheck(keptVerdicts(folder));
    const problems = await check.check([fence(broken, 7), fence(valid, 20)]);
    expect(problems).toEqual([expect.objectContaining({ line: 10, rule: 'mermaid-syntax', severity: 'error' })]);
    expect(existsSync(keptFile(folder, broken)) && existsSync(keptFile(folder, valid))).toBe(true);
    // The same diagram elsewhere, later: the kept verdict, moved to its fence.
    expect(await startDiagramCheck(keptVerdicts(folder)).check([fence(broken, 40)])).toEqual([
      expect.objectContaining({ line: 43, message: problems[0]!.message }),
    ]);
  });

  it('checks again on the same Mermaid thread, and on a new one once that was stopped', async () => {
    const first = await startDiagramCheck(new Map()).check([fence(broken, 1)]);
    expect(first).toHaveLength(1);
    expect(await startDiagramCheck(new Map()).check([fence(broken, 1)])).toEqual(first);
    await stopDiagramWorker();
    expect(await startDiagramCheck(new Map()).check([fence(broken, 1)])).toEqual(first);
    await stopDiagramWorker();
  });
});
