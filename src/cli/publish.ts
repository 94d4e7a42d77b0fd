import { existsSync, readdirSync, renameSync, rmSync } from 'node:fs';
import { mkdir, rm } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';

/** Whether a process is still running (a folder named after a live build is not stale). */
function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/** The folders a build works in, beside the published one so that renaming between them is atomic. */
export interface Staging {
  /** Where the new site is written. */
  dir: string;
  /** Where the published site waits while the new one takes its place. */
  old: string;
}

const stagingName = /^\.(.+)\.(building|old)-(\d+)$/;

/**
 * Makes an empty folder beside `outDir` for a build to write into, after removing what builds that were
 * killed outright (no chance to clean up) left behind. Fails early when the folder cannot be written.
 */
export async function prepareStaging(outDir: string, pid = process.pid): Promise<Staging> {
  const parent = dirname(outDir);
  const name = basename(outDir);
  await mkdir(parent, { recursive: true });
  for (const entry of readdirSync(parent)) {
    const match = stagingName.exec(entry);
    if (match && match[1] === name && !alive(Number(match[3]))) rmSync(join(parent, entry), { recursive: true, force: true });
  }
  const staging = { dir: join(parent, `.${name}.building-${pid}`), old: join(parent, `.${name}.old-${pid}`) };
  await mkdir(staging.dir);
  return staging;
}

/**
 * Puts the new site in place of the old one: two renames in a row, with no await between them, so that
 * no signal handler can run in between; the old site is removed afterwards.
 */
export async function publish(staging: Staging, outDir: string): Promise<void> {
  const hadSite = existsSync(outDir);
  if (hadSite) renameSync(outDir, staging.old);
  renameSync(staging.dir, outDir);
  if (hadSite) await rm(staging.old, { recursive: true, force: true });
}

/** Removes a build's folder after a failure; the published site was never touched. */
export async function discard(staging: Staging): Promise<void> {
  await rm(staging.dir, { recursive: true, force: true });
}

/** What a finished build must hold before it may replace the published site; the first missing file, if any. */
export function missingOutput(dir: string): string | undefined {
  const required = ['index.html', '404.html', 'pagefind/pagefind-entry.json'];
  if (!existsSync(dir) || readdirSync(dir).length === 0) return 'the site';
  return required.find((file) => !existsSync(join(dir, file)));
}
