// What git knows about a change, for `check --changed`.
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import type { ChangeStatus } from '../lib/ci-report.ts';
import { CommandError } from './args.ts';

const run = promisify(execFile);

type Env = NodeJS.ProcessEnv;

async function git(cwd: string, env: Env, args: readonly string[]): Promise<string> {
  try {
    const { stdout } = await run('git', [...args], { cwd, env, maxBuffer: 64 * 1024 * 1024 });
    return stdout;
  } catch (error) {
    const failure = error as NodeJS.ErrnoException & { stderr?: string };
    if (failure.code === 'ENOENT')
      throw new CommandError('--changed needs git, and git is not installed (install it, or check without --changed)');
    throw Object.assign(new Error(failure.stderr?.trim() || failure.message), { cause: error });
  }
}

/** Whether `ref` names a commit here. */
async function resolves(cwd: string, env: Env, ref: string): Promise<boolean> {
  return git(cwd, env, ['rev-parse', '--verify', '--quiet', `${ref}^{commit}`]).then(
    () => true,
    () => false,
  );
}

/** The default branch as this clone knows it: origin's HEAD, else main or master, remote first. */
async function defaultBranch(cwd: string, env: Env): Promise<string> {
  const remoteHead = await git(cwd, env, ['symbolic-ref', '--quiet', '--short', 'refs/remotes/origin/HEAD']).catch(() => '');
  if (remoteHead.trim()) return remoteHead.trim();
  for (const ref of ['origin/main', 'main', 'origin/master', 'master']) if (await resolves(cwd, env, ref)) return ref;
  throw new CommandError(
    '--changed found no default branch to compare with (none of origin/HEAD, main or master exists here); name one: --changed <git-ref>',
  );
}

/** The files changed since a base, relative to `cwd`, with how each changed. */
export interface GitChanges {
  /** The ref the change is measured from, as the author named it (or the default branch's merge base). */
  base: string;
  files: { path: string; status: ChangeStatus }[];
}

/**
 * Every file that differs between `ref` (default: the merge base with the default branch) and the
 * working tree, committed or not, and every new file git does not ignore. Renames count as a removal
 * and an addition, so links to the old page are checked.
 */
export async function changedSince(cwd: string, env: Env, ref: string | undefined): Promise<GitChanges> {
  const inside = await git(cwd, env, ['rev-parse', '--is-inside-work-tree']).catch(() => '');
  if (inside.trim() !== 'true')
    throw new CommandError(`--changed needs a git repository, and ${cwd} is not in one (check without --changed)`);
  let base: string;
  let shown: string;
  if (ref) {
    if (!(await resolves(cwd, env, ref)))
      throw new CommandError(
        `--changed ${ref}: no such commit or branch here (fetch it first, e.g. git fetch origin ${ref.replace(/^origin\//, '')})`,
      );
    base = ref;
    shown = ref;
  } else {
    const branch = await defaultBranch(cwd, env);
    base = (await git(cwd, env, ['merge-base', 'HEAD', branch])).trim();
    shown = `the merge base with ${branch}`;
  }
  const diff = await git(cwd, env, ['diff', '--name-status', '--no-renames', '--relative', '-z', base]);
  const untracked = await git(cwd, env, ['ls-files', '--others', '--exclude-standard', '-z']);
  const files: GitChanges['files'] = [];
  const fields = diff.split('\0');
  for (let i = 0; i + 1 < fields.length; i += 2) {
    const code = fields[i]!;
    const path = fields[i + 1]!;
    files.push({ path, status: code.startsWith('A') ? 'added' : code.startsWith('D') ? 'removed' : 'changed' });
  }
  for (const path of untracked.split('\0')) if (path) files.push({ path, status: 'added' });
  return { base: shown, files };
}
