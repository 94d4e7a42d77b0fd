import { describe, expect, it } from 'vitest';
import { BuildLog, pageSummary, parsePageLine } from '../../src/lib/build-log.ts';

describe('the build log', () => {
  it('reads the page and its time from Astro page lines, with or without timestamp and colour', () => {
    expect(parsePageLine('00:33:11   ├─ /guides/guide-00001/index.html (+41ms) ')).toEqual({
      path: '/guides/guide-00001/index.html',
      ms: 41,
    });
    expect(parsePageLine('  └─ /404.html (+1.20s)')).toEqual({ path: '/404.html', ms: 1200 });
    expect(parsePageLine('\u001b[2m00:33:11\u001b[22m   \u001b[34m├─\u001b[39m \u001b[2m/tags/index.html\u001b[22m')).toEqual({
      path: '/tags/index.html',
      ms: 0,
    });
    expect(parsePageLine('00:33:17 ✓ Completed in 6.37s.')).toBeUndefined();
    expect(parsePageLine('src/guides/x.mdx:3:1  error  ├─ in a message')).toBeUndefined();
  });

  it('sums pages up with the slowest three', () => {
    const pages = [
      { path: '/a/', ms: 5 },
      { path: '/b/', ms: 120 },
      { path: '/c/', ms: 40 },
      { path: '/d/', ms: 41 },
    ];
    expect(pageSummary(pages)).toBe('4 pages rendered; slowest: /b/ 120 ms, /d/ 41 ms, /c/ 40 ms');
    expect(pageSummary([{ path: '/a/', ms: 0 }])).toBe('1 page rendered');
    expect(
      pageSummary(
        Array.from({ length: 1234 }, (_, i) => ({ path: `/${i}/`, ms: 1 })),
        1,
      ),
    ).toBe('1,234 pages rendered; slowest: /0/ 1 ms');
  });

  it('passes other lines through and puts one summary where a run of page lines ends', () => {
    const shown: string[] = [];
    const log = new BuildLog((line) => shown.push(line));
    log.write(' generating static routes \n00:01:02   ├─ /a/index.html (+3ms) \n00:01:02   ├─ /b/');
    expect(shown).toEqual([' generating static routes ']);
    log.write('index.html (+9ms) \n00:01:03 ✓ Completed in 1.2s.\n');
    log.write('00:01:04 [build] Complete!');
    expect(shown).toHaveLength(3);
    log.end();
    expect(shown).toEqual([
      ' generating static routes ',
      '  2 pages rendered; slowest: /b/index.html 9 ms, /a/index.html 3 ms',
      '00:01:03 ✓ Completed in 1.2s.',
      '00:01:04 [build] Complete!',
    ]);
  });
});
