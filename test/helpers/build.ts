import { cp } from 'node:fs/promises';
import { vi } from 'vitest';
import { spawn } from 'node:child_process';
import { join, resolve } from 'node:path';
import { chromiumPath } from './browser.ts';
import { makeProject, projectRoot } from './project.ts';

export { projectRoot } from './project.ts';

/** Fixed so review-overdue output is the same on any day the tests run. */
export const testToday = '2026-11-21';

/** The playbook command, run from its sources as this repository's npm scripts run it. */
export const playbookCli = join(projectRoot, 'src/cli/playbook.ts');

export interface RunResult {
  code: number | null;
  /** stdout and stderr together, colours stripped. */
  output: string;
}

/** Options of a run: where it runs, what is added to its environment, what it reads on stdin. */
export interface RunOptions {
  cwd?: string;
  env?: Record<string, string>;
  input?: string;
}

/** Where test builds keep the diagrams they draw (see PLAYBOOK_DRAWINGS): one folder for the whole run. */
export const testDrawings = join(projectRoot, 'node_modules', '.astro', 'playbook-diagrams-tests');

/** Runs a Node script on the Node that runs the tests, with a fixed "today" and no colours. */
export function runNode(args: string[], { cwd = projectRoot, env = {}, input }: RunOptions = {}): Promise<RunResult> {
  return new Promise((done, fail) => {
    const child = spawn(process.execPath, args, {
      cwd,
      env: {
        ...process.env,
        ASTRO_TELEMETRY_DISABLED: '1',
        PLAYBOOK_TODAY: testToday,
        // Builds draw diagrams in the tests' Chromium, and keep them for the other builds, as a team's builds keep theirs.
        PLAYBOOK_BROWSER: chromiumPath,
        PLAYBOOK_DRAWINGS: testDrawings,
        NO_COLOR: '1',
        FORCE_COLOR: '0',
        ...env,
      },
      stdio: [input === undefined ? 'ignore' : 'pipe', 'pipe', 'pipe'],
    });
    if (input !== undefined) child.stdin!.end(input);
    let output = '';
    child.stdout!.on('data', (chunk) => (output += chunk));
    child.stderr!.on('data', (chunk) => (output += chunk));
    child.on('error', fail);
    // eslint-disable-next-line no-control-regex
    child.on('close', (code) => done({ code, output: output.replace(/\x1b\[[0-9;]*m/g, '') }));
  });
}

/** Runs `playbook <args>`. */
export function runPlaybook(args: string[], options: RunOptions = {}): Promise<RunResult> {
  return runNode([playbookCli, ...args], options);
}

/**
 * Builds the handbook in `content` (a content folder, relative to the repository root or absolute) as
 * `playbook build` does, in a project folder of its own; the site is in `outDir`.
 */
export async function buildSite(
  content: string,
  env: Record<string, string> = {},
  /** A folder (relative to the repository root) copied to the project's public/. */
  publicFolder?: string,
): Promise<RunResult & { outDir: string; root: string }> {
  const root = await makeProject();
  if (publicFolder) await cp(resolve(projectRoot, publicFolder), join(root, 'public'), { recursive: true });
  const outDir = join(root, 'dist');
  const result = await runPlaybook(['build'], { cwd: root, env: { PLAYBOOK_CONTENT: resolve(projectRoot, content), ...env } });
  return { ...result, outDir, root };
}

/**
 * Runs `playbook check` on a content folder from the repository root, so files are named as in the repository;
 * in this process (`runPlaybookHere`), as a test runs it often.
 */
export function runCheck(content: string, args: string[] = [], env: Record<string, string> = {}): Promise<RunResult> {
  return runPlaybookHere(['check', ...args], { env: { PLAYBOOK_CONTENT: resolve(projectRoot, content), ...env } });
}

/**
 * Runs `playbook <args>` in this process (as the command line does, minus Node's start-up), with what it
 * prints captured: for checks and scaffolds a test runs many times. Builds and servers run as processes.
 */
export async function runPlaybookHere(args: string[], { cwd = projectRoot, env = {} }: RunOptions = {}): Promise<RunResult> {
  const { main } = await import('../../src/cli/playbook.ts');
  const lines: string[] = [];
  const capture = (...parts: unknown[]) => void lines.push(parts.map(String).join(' '));
  const log = vi.spyOn(console, 'log').mockImplementation(capture);
  const error = vi.spyOn(console, 'error').mockImplementation(capture);
  try {
    // Diagrams kept where the builds keep theirs, as the command run in a team's project keeps them beside its builds'.
    const base = { ...process.env, PLAYBOOK_TODAY: testToday, PLAYBOOK_DRAWINGS: testDrawings, NO_COLOR: '1' };
    const code = await main(args, { cwd, env: { ...base, ...env } });
    return { code: code === 'running' ? null : code, output: lines.join('\n') };
  } finally {
    log.mockRestore();
    error.mockRestore();
  }
}
