import { describe, expect, it } from 'vitest';
import { lastChangedDates, parseGitLog } from '../../src/lib/git-dates.ts';
import { execFileSync } from 'node:child_process';
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

describe('last changed from git', () => {
  it('keeps the newest date of each file', () => {
    const log = '\u00002026-11-20\n\nguides/a.mdx\nguides/b.mdx\n\u00002026-10-01\n\nguides/a.mdx\nsystems/x.yaml\n';
    expect(Object.fromEntries(parseGitLog(log, '/c'))).toEqual({
      '/c/guides/a.mdx': '2026-11-20',
      '/c/guides/b.mdx': '2026-11-20',
      '/c/systems/x.yaml': '2026-10-01',
    });
  });

  it('reads the dates of a repository’s history, and nothing where there is none', async () => {
    // A repository of its own with two commits on known days: no dependency on any handbook's history.
    const repo = await mkdtemp(join(tmpdir(), 'playbook-git-dates-'));
    try {
      const git = (date: string, ...args: string[]) =>
        execFileSync('git', ['-C', repo, '-c', 'user.name=Test', '-c', 'user.email=test@example.org', ...args], {
          env: { ...process.env, GIT_AUTHOR_DATE: `${date}T12:00:00Z`, GIT_COMMITTER_DATE: `${date}T12:00:00Z` },
        });
      git('2026-01-01', 'init', '-q');
      const content = join(repo, 'content');
      await mkdir(join(content, 'guides'), { recursive: true });
      await writeFile(join(content, 'guides/a.mdx'), 'first');
      await writeFile(join(content, 'guides/b.mdx'), 'first');
      git('2026-03-04', 'add', '-A');
      git('2026-03-04', 'commit', '-qm', 'first');
      await writeFile(join(content, 'guides/a.mdx'), 'second');
      git('2026-05-06', 'commit', '-qam', 'second');
      const dates = await lastChangedDates(content);
      expect(Object.fromEntries(dates)).toEqual({
        [join(content, 'guides/a.mdx')]: '2026-05-06',
        [join(content, 'guides/b.mdx')]: '2026-03-04',
      });
    } finally {
      await rm(repo, { recursive: true, force: true });
    }
    expect(await lastChangedDates('/')).toEqual(new Map());
  });
});
