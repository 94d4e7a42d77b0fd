import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { formatProblem } from '../../src/lib/content/problems.ts';
import { checkSources } from '../../src/lib/content/validate.ts';
import { guideBody, guideInput, source, systemInput } from '../helpers/entries.ts';
import { tempDir } from '../helpers/project.ts';

const systems = [
  source('systems', 'zuora', systemInput({ name: 'Zuora', category: 'billing' })),
  source('systems', 'netsuite', systemInput()),
];
const handbookPage = source(
  'handbook',
  'sizing',
  { title: 'Sizing', summary: 'How big.' },
  '## Sizes\n\nS to XL.\n\n## Sizes\n\nAgain.\n',
);

async function check(body: string) {
  const root = await tempDir('links');
  await mkdir(join(root, 'public'), { recursive: true });
  await writeFile(join(root, 'public', 'logo.svg'), '<svg/>');
  await mkdir(join(root, 'content', 'guides'), { recursive: true });
  await writeFile(join(root, 'content', 'guides', 'flow.png'), 'png');
  const guide = source('guides', 'the-guide', guideInput({ tags: ['Finance'] }), `${guideBody}\n${body}\n`);
  return checkSources([...systems, handbookPage, guide], { root }).problems.map(formatProblem);
}

describe('links and assets', () => {
  it('accepts links to pages, headings, tags, fixed pages, local files and external sites', async () => {
    const links = [
      '[sizing](/handbook/sizing/)',
      '[sizes](/handbook/sizing/#sizes)',
      '[sizes again](/handbook/sizing/#sizes-1)',
      '[testing](#testing)',
      '[zuora](/systems/zuora/)',
      '[tag](/tags/finance/)',
      '[quote](/quote/?size=L)',
      '[relative](../../handbook/sizing/)',
      '[vendor](https://docs.example.com/api)',
      '![logo](/logo.svg)',
      '![flow](./flow.png)',
    ];
    expect(await check(links.join('\n\n'))).toEqual([]);
  });

  it.each([
    [
      'a page that does not exist',
      '[x](/guides/the-gide/)',
      'link to "/guides/the-gide/" leads to no page',
      'did you mean "/guides/the-guide/"?',
      'broken-link',
    ],
    [
      'a heading that does not exist',
      '[x](/handbook/sizing/#size)',
      'link to "/handbook/sizing/#size" names no heading on that page (found: "#size"; expected one of:',
      'did you mean "#sizes"?',
      'broken-anchor',
    ],
    [
      'a heading on the same page',
      '[x](#testng)',
      'link to "#testng" names no heading',
      'did you mean "#testing"?',
      'broken-anchor',
    ],
    ['a missing image', '![x](./missing.png)', 'image "./missing.png" does not exist', '', 'missing-asset'],
    ['a missing public file', '[runbook](/files/runbook.pdf)', 'file "/files/runbook.pdf" does not exist', '', 'missing-asset'],
  ])('reports a link to %s with its line and column', async (_name, markdown, message, hint, rule) => {
    const problems = await check(markdown);
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatch(/^content\/guides\/the-guide\.mdx:\d+:1  error  /);
    expect(problems[0]).toContain(message);
    expect(problems[0]).toContain(hint);
    expect(problems[0]).toContain(`(${rule})`);
  });
});

describe('anchors the page templates add', () => {
  const flowing = source(
    'guides',
    'flowing',
    guideInput({
      dataFlow: [{ from: 'zuora', to: 'netsuite', objects: ['Invoice'], trigger: 'schedule', sync: 'incremental' }],
      antiPatterns: ['big-bang'],
    }),
  );
  const whole = source('guides', 'whole', guideInput({ size: 'XL', breakdown: ['flowing'] }));
  const bigBang = source(
    'antiPatterns',
    'big-bang',
    { title: 'Big bang', summary: 'All at once.', severity: 'high' },
    '## Why\n\nIt hurts.\n',
  );
  const unused = source('security', 'unused', { title: 'Unused', summary: 'Cited by none.', severity: 'low' }, 'Plain.\n');

  async function linkCheck(link: string) {
    const root = await tempDir('anchors');
    const guide = source('guides', 'the-guide', guideInput(), `${guideBody}\n${link}\n`);
    const all = [...systems, handbookPage, flowing, whole, bigBang, unused, guide];
    return checkSources(all, { root }).problems.map(formatProblem);
  }

  it.each([
    '/guides/flowing/#data-flow',
    '/guides/flowing/#related',
    '/guides/flowing/#toc-title',
    '/guides/whole/#breakdown',
    '/anti-patterns/big-bang/#citing',
    '/anti-patterns/big-bang/#why',
    '/security/unused/#citing',
    '/handbook/sizing/#main',
    '/systems/zuora/#main',
  ])('accepts %s, a section that page has', async (url) => {
    expect(await linkCheck(`[x](${url})`)).toEqual([]);
  });

  it.each([
    ['/handbook/sizing/#data-flow', '(found: "#data-flow"; expected one of: #main, #toc-title, #sizes, #sizes-1)'],
    ['/guides/whole/#data-flow', 'expected one of: #main, #breakdown, #toc-title, #introduction,'],
    ['/guides/flowing/#breakdown', 'expected one of: #main, #data-flow, #related, #toc-title, #introduction,'],
    ['/guides/whole/#related', '#error-handling, … (11 in all))'],
    ['/handbook/sizing/#citing', 'expected one of: #main, #toc-title, #sizes, #sizes-1)'],
    ['/systems/zuora/#citing', 'expected one of: #main)'],
  ])('refuses %s, a section the page will not have', async (url, hint) => {
    const problems = await linkCheck(`[x](${url})`);
    expect(problems).toHaveLength(1);
    expect(problems[0]).toContain(`link to "${url}" names no heading on that page`);
    expect(problems[0]).toContain(hint);
    expect(problems[0]).toContain('(broken-anchor)');
  });
});
