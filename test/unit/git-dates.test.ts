import { describe, expect, it } from 'vitest';
import { lastChangedDates, parseGitLog } from '../../src/lib/git-dates.ts';
import { join, resolve } from 'node:path';

describe('last changed from git', () => {
  it('keeps the newest date of each file', () => {
    const log = '\u00002026-11-20\n\nguides/a.mdx\nguides/b.mdx\n\u00002026-10-01\n\nguides/a.mdx\nsystems/x.yaml\n';
    expect(Object.fromEntries(parseGitLog(log, '/c'))).toEqual({
      '/c/guides/a.mdx': '2026-11-20',
      '/c/guides/b.mdx': '2026-11-20',
      '/c/systems/x.yaml': '2026-10-01',
    });
  });

  it('reads this repository’s own history, and nothing where there is none', async () => {
    const content = resolve(import.meta.dirname, '../../content');
    const dates = await lastChangedDates(content);
    expect(dates.get(join(content, 'guides/zuora-invoices-payments-to-netsuite.mdx'))).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    expect(await lastChangedDates('/')).toEqual(new Map());
  });
});
