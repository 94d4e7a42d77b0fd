import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runPlaybook } from '../helpers/build.ts';
import { tempDir } from '../helpers/project.ts';

// The benchmark is a tool, not a timed test: this only checks that it runs and reports every figure.
describe('playbook bench', () => {
  it('builds a small generated handbook and the floor, and prints and writes its figures', async () => {
    const cwd = await tempDir('bench');
    const json = join(cwd, 'bench.json');
    const { code, output } = await runPlaybook(['bench', '--guides', '6', '--json', json], { cwd });
    expect(code, output).toBe(0);
    expect(output).toMatch(/^bench: 6 guides built in [\d.]+ s .*× the floor's time/m);
    const result = JSON.parse(await readFile(json, 'utf8')) as Record<string, number | null>;
    for (const key of [
      'buildSeconds',
      'peakMemoryMb',
      'medianGuideHtmlBytes',
      'guideJsGzipBytes',
      'guideWithDiagramJsGzipBytes',
      'searchIndexMb',
      'indexingSeconds',
      'checkSeconds',
      'floorSeconds',
      'timeRatio',
    ]) {
      expect(result[key], key).toBeGreaterThan(0);
    }
    // The build drew the guide's diagram (tests give builds a browser): it ships no more script than a plain guide.
    expect(result['guideWithDiagramJsGzipBytes']).toBe(result['guideJsGzipBytes']);
    // One summary instead of a line per page: the log does not grow with the handbook.
    expect(result['buildLogLines']).toBeGreaterThan(5);
    expect(result['buildLogLines']).toBeLessThan(40);
    // Its work folder is gone.
    expect(await readdir(cwd)).toEqual(['bench.json']);
  });
});
