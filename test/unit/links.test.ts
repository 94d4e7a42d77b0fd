import { mkdtemp, mkdir, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { formatProblem } from '../../src/lib/content/problems.ts';
import { checkSources } from '../../src/lib/content/validate.ts';
import { guideBody, guideInput, source, systemInput } from '../helpers/entries.ts';

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
  const root = await mkdtemp(join(tmpdir(), 'playbook-links-'));
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
      'link to "/handbook/sizing/#size" names no heading on that page (found: "#size")',
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
