import { execFile } from 'node:child_process';
import { join } from 'node:path';
import { promisify } from 'node:util';

const run = promisify(execFile);

/** Reads `git log` output (`\0date` lines followed by file names) into the newest date per file. */
export function parseGitLog(output: string, folder: string): Map<string, string> {
  const dates = new Map<string, string>();
  let date = '';
  for (const line of output.split('\n')) {
    if (line.startsWith('\0')) date = line.slice(1).trim();
    else if (line.trim() && !dates.has(join(folder, line.trim()))) dates.set(join(folder, line.trim()), date);
  }
  return dates;
}

/**
 * When each file in a folder last changed, from git history, in one `git log` for the whole folder
 * (so a large handbook costs one process, not one per page). Empty when git or the history is missing.
 */
export async function lastChangedDates(folder: string): Promise<Map<string, string>> {
  try {
    const { stdout } = await run('git', ['-C', folder, 'log', '--format=%x00%cs', '--name-only', '--relative', '--', '.'], {
      maxBuffer: 256 * 1024 * 1024,
    });
    return parseGitLog(stdout, folder);
  } catch {
    return new Map();
  }
}
