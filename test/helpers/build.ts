import { spawn } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { contentCacheDir } from '../../src/lib/settings.ts';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

/** The project root: builds run here, as `npm run build` does. */
export const projectRoot = resolve(import.meta.dirname, '../..');

/** Fixed so review-overdue output is the same on any day the tests run. */
export const testToday = '2026-11-21';

export interface RunResult {
  code: number | null;
  /** stdout and stderr together, colours stripped. */
  output: string;
}

/** Runs a Node script of the project (Astro's CLI, our check CLI) on the Node that runs the tests. */
export function runNode(args: string[], env: Record<string, string> = {}): Promise<RunResult> {
  return new Promise((done, fail) => {
    const child = spawn(process.execPath, args, {
      cwd: projectRoot,
      env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', PLAYBOOK_TODAY: testToday, NO_COLOR: '1', FORCE_COLOR: '0', ...env },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let output = '';
    child.stdout.on('data', (chunk) => (output += chunk));
    child.stderr.on('data', (chunk) => (output += chunk));
    child.on('error', fail);
    // eslint-disable-next-line no-control-regex
    child.on('close', (code) => done({ code, output: output.replace(/\x1b\[[0-9;]*m/g, '') }));
  });
}

/** Builds the handbook in `content` (a folder, relative to the project root or absolute) into a new temporary folder. */
export async function buildSite(content: string, env: Record<string, string> = {}): Promise<RunResult & { outDir: string }> {
  const outDir = await mkdtemp(join(tmpdir(), 'playbook-dist-'));
  const contentDir = resolve(projectRoot, content);
  // What `npm run build` runs: Astro's build behind our log.
  const result = await runNode(['src/cli/build.ts', '--outDir', outDir], { PLAYBOOK_CONTENT: contentDir, ...env });
  // A temporary handbook's content cache would never be used again.
  if (contentDir.startsWith(tmpdir())) await rm(contentCacheDir(projectRoot, contentDir), { recursive: true, force: true });
  return { ...result, outDir };
}

/** Runs `npm run check`'s script on a content folder, with `env` added to the environment. */
export function runCheck(content: string, args: string[] = [], env: Record<string, string> = {}): Promise<RunResult> {
  return runNode(['src/cli/check.ts', ...args], { PLAYBOOK_CONTENT: resolve(projectRoot, content), ...env });
}
