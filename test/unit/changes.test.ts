import { describe, expect, it } from 'vitest';
import { changedPages, checkSummary, codeQualityReport } from '../../src/lib/ci-report.ts';
import { changeScope } from '../../src/lib/content/changes.ts';
import { defaultRegistry } from '../../src/lib/content/collections.ts';
import type { Problem } from '../../src/lib/content/problems.ts';
import { checkSources } from '../../src/lib/content/validate.ts';
import { guideBody, guideInput, source, systemInput } from '../helpers/entries.ts';

const zuora = source('systems', 'zuora', systemInput({ name: 'Zuora', category: 'billing' }));
const netsuite = source('systems', 'netsuite', systemInput());
const workday = source('systems', 'workday', systemInput({ name: 'Workday', category: 'hr' }));
const invoices = source('guides', 'invoices', guideInput({ title: 'Invoices', systems: ['zuora', 'netsuite'] }));
const linking = source(
  'guides',
  'linking',
  guideInput({ title: 'Linking', systems: ['zuora', 'netsuite'] }),
  `${guideBody}\nSee [the invoices](/guides/invoices/#testing).\n`,
);
const unrelated = source('guides', 'people', guideInput({ title: 'People', systems: ['workday', 'netsuite'] }));
const all = [zuora, netsuite, workday, invoices, linking, unrelated];

const scopeOf = (paths: string[]) => changeScope(all, paths, 'content', defaultRegistry);
const focusOf = (paths: string[]) => {
  const scope = scopeOf(paths);
  if (scope.kind !== 'entries') throw new Error(`expected entries, got: ${scope.reason}`);
  return [...scope.focus].sort();
};

describe('which entries a change touches', () => {
  it('takes the changed entry, the entries it names and the entries that name or link to it', () => {
    expect(focusOf(['content/guides/invoices.mdx'])).toEqual([
      'content/guides/invoices.mdx',
      'content/guides/linking.mdx',
      'content/systems/netsuite.yaml',
      'content/systems/zuora.yaml',
    ]);
  });

  it('takes every entry that names a changed system, and nothing else', () => {
    expect(focusOf(['content/systems/workday.yaml'])).toEqual(['content/guides/people.mdx', 'content/systems/workday.yaml']);
  });

  it('checks the entries that referred to a removed entry', () => {
    const scope = changeScope(
      all.filter((entry) => entry !== invoices),
      ['content/guides/invoices.mdx'],
      'content',
      defaultRegistry,
    );
    expect(scope.kind === 'entries' && [...scope.focus]).toEqual(['content/guides/linking.mdx']);
    expect(scope.kind === 'entries' && scope.removed).toEqual([
      { collection: 'guides', id: 'invoices', file: 'content/guides/invoices.mdx' },
    ]);
  });

  it('ignores files outside the handbook, and notes and drafts inside it', () => {
    expect(focusOf(['README.md', '.github/workflows/publish.yml', 'content/guides/_draft.mdx'])).toEqual([]);
  });

  it.each([
    ['content/site.yaml', /settings apply to every entry/],
    ['content/models/estimate.yaml', /models apply to every guide/],
    ['public/logo.svg', /public\//],
    ['astro.config.mjs', /collections/],
    ['package-lock.json', /generator/],
    ['content/guides/flow.png', /file next to it/],
  ])('checks everything when %s changes', (path, reason) => {
    const scope = scopeOf([path]);
    expect(scope.kind).toBe('everything');
    expect(scope.kind === 'everything' && scope.reason).toMatch(reason);
  });

  it('does not mistake a longer id for a mention: /guides/invoices-2/ is not /guides/invoices/', () => {
    const other = source('guides', 'other', guideInput(), `${guideBody}\nSee [more](/guides/invoices-2/).\n`);
    const scope = changeScope([...all, other], ['content/guides/invoices.mdx'], 'content', defaultRegistry);
    expect(scope.kind === 'entries' && scope.focus.has(other.file)).toBe(false);
  });
});

describe('a check of a change', () => {
  it('reports the same problems for the entries in focus as a full check', () => {
    // The changed guide drops the heading another guide links to, and names an unknown system.
    const changed = source(
      'guides',
      'invoices',
      guideInput({ title: 'Invoices', systems: ['zuora', 'sap'] }),
      guideBody.replace('## Testing', '## Trying it'),
    );
    const broken = source('guides', 'broken', guideInput({ systems: ['nope'] }));
    const sources = [zuora, netsuite, workday, changed, linking, unrelated, broken];
    const scope = changeScope(sources, ['content/guides/invoices.mdx'], 'content', defaultRegistry);
    if (scope.kind !== 'entries') throw new Error(scope.reason);
    const full = checkSources(sources).problems.filter((problem) => scope.focus.has(problem.file));
    const focused = checkSources(sources, { focus: scope.focus }).problems;
    expect(focused).toEqual(full);
    expect(focused.map((problem) => `${problem.file} ${problem.rule}`)).toEqual(
      expect.arrayContaining([
        'content/guides/invoices.mdx unknown-reference',
        'content/guides/invoices.mdx guide-sections',
        'content/guides/linking.mdx broken-anchor',
      ]),
    );
    // The broken guide is outside the change, so its problem is left to the full check.
    expect(focused.some((problem) => problem.file === broken.file)).toBe(false);
  });

  it('reads the headings of a page outside the change that an entry in focus links to', () => {
    const hub = source(
      'guides',
      'hub',
      guideInput(),
      `${guideBody}\nSee [people](/guides/people/) and [testing invoices](/guides/invoices/#testing).\n`,
    );
    const sources = [...all, hub];
    const scope = changeScope(sources, [unrelated.file], 'content', defaultRegistry);
    if (scope.kind !== 'entries') throw new Error(scope.reason);
    expect(scope.focus.has(hub.file) && !scope.focus.has(invoices.file)).toBe(true);
    expect(checkSources(sources, { focus: scope.focus }).problems).toEqual([]);
  });

  it('finds a tag collision between a changed entry and one outside the change', () => {
    const csharp = source('guides', 'csharp', guideInput({ tags: ['C#'] }));
    const cpp = source('guides', 'cpp', guideInput({ tags: ['C++'] }));
    const problems = checkSources([zuora, netsuite, csharp, cpp], { focus: new Set([csharp.file]) }).problems;
    expect(problems.map((problem) => problem.rule)).toContain('tag-slug');
  });
});

const problem: Problem = {
  file: 'content/guides/x.mdx',
  line: 4,
  column: 3,
  severity: 'error',
  field: 'systems[0]',
  message: 'unknown system "sap" | "x"',
  hint: 'did you mean "zuora"?',
  rule: 'unknown-reference',
};

describe('reports for reviewers', () => {
  it('lists every problem and the pages a change touches in the summary', () => {
    const scope = scopeOf(['content/guides/invoices.mdx', 'content/guides/gone.mdx']);
    const pages = changedPages(scope, defaultRegistry, new Set(['content/guides/invoices.mdx']));
    expect(pages).toEqual([
      { path: '/guides/gone/', title: 'gone', change: 'removed' },
      { path: '/guides/invoices/', title: 'Invoices', change: 'added' },
    ]);
    const summary = checkSummary({ problems: [problem], checkedFiles: 4, scope, pages, base: 'origin/main' });
    expect(summary).toContain('## Handbook check: ❌ 1 error');
    expect(summary).toContain('changed since `origin/main`');
    expect(summary).toContain('| error | `content/guides/x.mdx:4` | **systems[0]**: unknown system "sap" \\| "x"');
    expect(summary).toContain('| `/guides/invoices/` | Invoices | added |');
    expect(summary).toContain('| `/guides/gone/` | gone | removed |');
  });

  it('says a full check passed, and why it was full', () => {
    const summary = checkSummary({ problems: [], checkedFiles: 6, scope: scopeOf(['content/site.yaml']), pages: [] });
    expect(summary).toMatch(/✅ passed/);
    expect(summary).toMatch(/Checked every entry: 6 entries \(content\/site\.yaml changed/);
    expect(summary).not.toMatch(/Pages this change touches/);
  });

  it('writes GitLab Code Quality issues whose fingerprint survives a move to another line', () => {
    const [issue] = codeQualityReport([problem]);
    expect(issue).toMatchObject({
      check_name: 'unknown-reference',
      severity: 'major',
      location: { path: 'content/guides/x.mdx', lines: { begin: 4 } },
    });
    expect(issue!.description).toContain('did you mean "zuora"?');
    const [moved] = codeQualityReport([{ ...problem, line: 9 }]);
    expect(moved!.fingerprint).toBe(issue!.fingerprint);
    const [warning] = codeQualityReport([{ ...problem, severity: 'warning', message: 'other' }]);
    expect(warning!.severity).toBe('minor');
    expect(warning!.fingerprint).not.toBe(issue!.fingerprint);
  });
});
