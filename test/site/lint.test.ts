import { spawn } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { projectRoot, type RunResult } from '../helpers/build.ts';

/** Runs one of the project's tools from node_modules/.bin, from the repository root. */
function tool(command: string, args: string[]): Promise<RunResult> {
  return new Promise((done, fail) => {
    const child = spawn(`${projectRoot}/node_modules/.bin/${command}`, args, {
      cwd: projectRoot,
      env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', NO_COLOR: '1' },
    });
    let output = '';
    child.stdout.on('data', (chunk) => (output += chunk));
    child.stderr.on('data', (chunk) => (output += chunk));
    child.on('error', fail);
    child.on('close', (code) => done({ code, output }));
  });
}

// `npm run lint`, as part of `npm test` but beside the other test files rather than before them: Prettier and
// the strict type check of every .ts and .astro file (astro check) each keep one core busy for a while.
describe('the code', () => {
  it('is formatted as Prettier formats it', async () => {
    const { code, output } = await tool('prettier', ['--check', '.']);
    expect(code, output).toBe(0);
  });

  it('type-checks under TypeScript’s strictest settings (astro check)', async () => {
    const { code, output } = await tool('astro', ['check']);
    expect(output).toMatch(/- 0 errors/);
    expect(code, output).toBe(0);
  });
});
