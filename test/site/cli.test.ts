import { spawn } from 'node:child_process';
import { readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { main } from '../../src/cli/playbook.ts';
import { playbookCli, projectRoot, runCheck, runPlaybook, testToday, runPlaybookHere } from '../helpers/build.ts';
import { makeProject } from '../helpers/project.ts';

const commands = ['init', 'check', 'build', 'dev', 'preview', 'new', 'bench'];
/** A stack trace line, which no command may print for bad input. */
const stackTrace = /\n\s+at .*:\d+:\d+\)?\n/;

/** Runs `playbook <args>` in this process, with what it prints captured. */
async function run(...args: string[]): Promise<{ code: number | 'running'; out: string; err: string }> {
  const out: string[] = [];
  const err: string[] = [];
  vi.spyOn(console, 'log').mockImplementation((...line: unknown[]) => void out.push(line.join(' ')));
  vi.spyOn(console, 'error').mockImplementation((...line: unknown[]) => void err.push(line.join(' ')));
  const code = await main(args);
  vi.restoreAllMocks();
  return { code, out: out.join('\n'), err: err.join('\n') };
}

describe('the playbook command behaves like a command-line tool', () => {
  beforeEach(() => vi.stubEnv('PLAYBOOK_TODAY', testToday));
  afterEach(() => vi.unstubAllEnvs());

  it('lists its commands with --help, and exits 2 with the list when given none or an unknown one', async () => {
    const help = await run('--help');
    expect(help.code).toBe(0);
    for (const command of commands) expect(help.out).toMatch(new RegExp(`^  ${command} `, 'm'));
    expect((await run()).code).toBe(2);
    const typo = await run('chek');
    expect(typo.code).toBe(2);
    expect(typo.err).toMatch(/^Unknown command "chek" — did you mean "check"\?/);
  });

  it.each(commands)('playbook %s --help prints its usage and exits 0', async (command) => {
    const { code, out } = await run(command, '--help');
    expect(code).toBe(0);
    expect(out).toMatch(new RegExp(`^Usage: playbook ${command}\\b`));
  });

  it.each(commands)('playbook %s with an unknown option prints the usage and exits 2', async (command) => {
    const { code, err } = await run(command, '--no-such-option');
    expect(code).toBe(2);
    expect(err).toContain("Unknown option '--no-such-option'");
    expect(err).toMatch(new RegExp(`Usage: playbook ${command}\\b`));
  });

  it('refuses a wrong value with the expected ones, and exits 2', async () => {
    const { code, err } = await run('check', '--format', 'xml');
    expect(code).toBe(2);
    expect(err).toMatch(/^Unknown --format "xml" \(expected: text or json\)/);
  });

  it('says what is wrong, without a stack trace, when the environment is wrong', async () => {
    const result = await runCheck('test/fixtures/small', [], { PLAYBOOK_TODAY: 'yesterday' });
    expect(result.code).toBe(1);
    expect(result.output.trim()).toBe('playbook check: PLAYBOOK_TODAY must be a date written as YYYY-MM-DD (found: "yesterday")');
  });

  it('counts the whole command in check’s "Checked N entries in T s"', async () => {
    const started = performance.now();
    // A process of its own: in this one, the clock started with the test runner.
    const { code, output } = await runPlaybook(['check'], {
      env: { PLAYBOOK_CONTENT: join(projectRoot, 'test/fixtures/small') },
    });
    const wall = (performance.now() - started) / 1000;
    expect(code).toBe(0);
    const seconds = Number(/^Checked 10 entries in ([\d.]+) s\.$/m.exec(output)?.[1]);
    // Starting Node and loading the modules is most of a small check; only the spawn itself is outside.
    expect(seconds).toBeGreaterThan(wall * 0.6);
    expect(seconds).toBeLessThanOrEqual(wall);
  });
});

describe('playbook new', () => {
  it.each([
    ['Société Générale to SAP', 'societe-generale-to-sap'],
    ['日本語 handbook', 'ribenyu-handbook'],
    ['🚀 Launch day', 'rocket-launch-day'],
    ['C++ & C# clients', 'c-c-clients'],
  ])('makes an id check accepts from "%s"', async (title, id) => {
    const root = await makeProject({ fixture: 'test/fixtures/small' });
    const created = await runPlaybookHere(['new', 'handbook', title], { cwd: root });
    expect(created.code, created.output).toBe(0);
    expect(created.output).toContain(`Created content/handbook/${id}.mdx`);
    const check = await runPlaybookHere(['check'], { cwd: root });
    expect(check.code, check.output).toBe(0);
  });

  it('asks for an id, or takes --id, when the title has no letter or digit', async () => {
    const root = await makeProject({ fixture: 'test/fixtures/small' });
    const refused = await runPlaybookHere(['new', 'handbook', '!!!'], { cwd: root });
    expect(refused.code).toBe(2);
    expect(refused.output).toContain('"!!!" has no letters or digits to make an id from; give one with --id');
    const created = await runPlaybookHere(['new', 'handbook', '!!!', '--id', 'exclamations'], { cwd: root });
    expect(created.code, created.output).toBe(0);
    expect(await readdir(join(root, 'content/handbook'))).toContain('exclamations.mdx');
  });

  it('ends cleanly, writing nothing, when input ends (Ctrl+D) at a prompt', async () => {
    const root = await makeProject({ fixture: 'test/fixtures/small' });
    // `script` gives the command a terminal, so it asks; Ctrl+D in a terminal ends its input.
    const child = spawn('script', ['-qec', `${process.execPath} ${playbookCli} new`, '/dev/null'], { cwd: root });
    let output = '';
    child.stdout.on('data', (chunk) => {
      output += chunk;
      if (output.includes('Kind of entry')) child.stdin.write('\x04');
    });
    const code = await new Promise((done) => child.on('close', done));
    expect(code).toBe(1);
    expect(output).toContain('Nothing was written (input ended).');
    expect(output).not.toMatch(stackTrace);
    expect(await readdir(join(root, 'content/handbook'))).toEqual(['sizing.mdx']);
  });
});
