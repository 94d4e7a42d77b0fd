import { describe, expect, it } from 'vitest';
import { checkSources } from '../../src/lib/content/validate.ts';
import { formatProblem } from '../../src/lib/content/problems.ts';
import { guideSections } from '../../src/lib/schemas/guide.ts';
import { guideBody, guideInput, source, systemInput } from '../helpers/entries.ts';

const systems = [
  source('systems', 'zuora', systemInput({ name: 'Zuora', category: 'billing' })),
  source('systems', 'netsuite', systemInput()),
];
const antiPatterns = [
  source('antiPatterns', 'point-to-point-integrations', { title: 'P2P', summary: 'Spaghetti.', severity: 'high' }),
];
const security = [
  source('security', 'least-privilege', { title: 'Least privilege', summary: 'Narrow scopes.', severity: 'high' }),
];

/** Checks one guide (plus any other guides) against a handbook with two systems, one anti-pattern and one security note. */
function check(guide: object, body = guideBody, others: ReturnType<typeof source>[] = []) {
  const result = checkSources([...systems, ...antiPatterns, ...security, ...others, source('guides', 'the-guide', guide, body)]);
  return result.problems.map(formatProblem);
}

describe('guide rules', () => {
  it('accepts a minimal guide and fills the defaults', () => {
    const result = checkSources([...systems, source('guides', 'the-guide', guideInput())]);
    expect(result.problems).toEqual([]);
    const guide = result.entries.find((e) => e.collection === 'guides')?.data;
    expect(guide).toMatchObject({ status: 'active', reviewEveryMonths: 6, antiPatterns: [], securityNotes: [], tags: [] });
  });

  it('accepts a full guide with data flows, references, score and tags', () => {
    const problems = check(
      guideInput({
        dataFlow: [{ from: 'zuora', to: 'netsuite', objects: ['Invoice'], trigger: 'schedule', sync: 'incremental' }],
        antiPatterns: ['point-to-point-integrations'],
        securityNotes: ['least-privilege'],
        score: { impact: 5, complexity: 3, cost: 2, risk: 4, mandatory: 'SOX controls' },
        tags: ['finance'],
        status: 'deprecated',
        reviewEveryMonths: 12,
      }),
    );
    expect(problems).toEqual([]);
  });

  it.each([
    ['a summary over 280 characters', { summary: 'x'.repeat(281) }, 'summary: found', 'at most 280 characters'],
    ['an unknown size', { size: 'XXL' }, 'size: found "XXL"; expected one of S, M, L, XL', 'did you mean "XL"?'],
    ['a guide without systems', { systems: [] }, 'systems: found []', 'at least one system id'],
    ['a missing owner', { owner: undefined }, 'owner: missing required field', 'add "owner:"'],
    [
      'an impossible date',
      { lastReviewed: '2026-02-30' },
      'lastReviewed: found "2026-02-30"',
      'a real date written as YYYY-MM-DD',
    ],
    [
      'a score outside 1–5',
      { score: { impact: 6, complexity: 1, cost: 1, risk: 1 } },
      'score.impact: found 6',
      'a whole number from 1 to 5',
    ],
    ['an unknown status', { status: 'archived' }, 'status: found "archived"', 'draft, active, deprecated'],
    ['a review interval of zero months', { reviewEveryMonths: 0 }, 'reviewEveryMonths: found 0', 'at least 1 month'],
  ])('rejects %s', (_name, overrides, field, expected) => {
    const problems = check({ ...guideInput(), ...overrides });
    expect(problems).toHaveLength(1);
    expect(problems[0]).toContain('content/guides/the-guide.mdx:');
    expect(problems[0]).toContain(field);
    expect(problems[0]).toContain(expected);
  });

  it('rejects an unknown field and suggests the one meant', () => {
    const [problem] = check({ ...guideInput(), tag: ['finance'] });
    expect(problem).toMatchInlineSnapshot(
      `"content/guides/the-guide.mdx:10:1  error  tag: unknown field "tag" (expected one of: title, summary, size, breakdown, systems, newConnectors, dataFlow, antiPatterns, securityNotes, score, effort, actualHours, monitoring, owner, status, lastReviewed, reviewEveryMonths, tags) — rename it to "tags"  (unknown-field)"`,
    );
  });

  it('rejects an unknown system and suggests the closest id', () => {
    const [problem] = check(guideInput({ systems: ['zuora', 'netsute'] }));
    expect(problem).toMatchInlineSnapshot(
      `"content/guides/the-guide.mdx:7:5  error  systems[1]: unknown system "netsute" (found: "netsute"; expected: the id of a file in systems/) — did you mean "netsuite"?  (unknown-reference)"`,
    );
  });

  it.each([
    ['antiPatterns', 'point-to-point', 'unknown anti-pattern "point-to-point"', 'did you mean "point-to-point-integrations"?'],
    ['securityNotes', 'least-privilage', 'unknown security note "least-privilage"', 'did you mean "least-privilege"?'],
  ])('rejects an unknown id in %s', (field, id, message, hint) => {
    const [problem] = check({ ...guideInput(), [field]: [id] });
    expect(problem).toContain(`${field}[0]: ${message}`);
    expect(problem).toContain(hint);
  });

  it('rejects an XL guide without a breakdown', () => {
    const [problem] = check(guideInput({ size: 'XL' }));
    expect(problem).toContain('breakdown: an XL guide must list its breakdown');
    expect(problem).toContain('(xl-breakdown)');
  });

  it('rejects a breakdown that names an XL guide, and one that names the guide itself', () => {
    const otherXl = source('guides', 'other-xl', guideInput({ size: 'XL', breakdown: ['small-part'] }));
    const small = source('guides', 'small-part', guideInput({ size: 'S' }));
    const problems = check(guideInput({ size: 'XL', breakdown: ['small-part', 'other-xl', 'the-guide'] }), guideBody, [
      otherXl,
      small,
    ]);
    expect(problems).toHaveLength(2);
    expect(problems[0]).toContain('breakdown[1]: the breakdown names an XL guide (found: "other-xl", size XL');
    expect(problems[1]).toContain('breakdown[2]: a guide cannot be part of its own breakdown');
  });

  it('accepts an XL guide broken down into L-or-smaller guides', () => {
    const part = source('guides', 'part', guideInput({ size: 'L' }));
    expect(check(guideInput({ size: 'XL', breakdown: ['part'] }), guideBody, [part])).toEqual([]);
  });

  it('rejects a data flow between systems the guide does not list', () => {
    const problems = check(
      guideInput({ systems: ['netsuite'], dataFlow: [{ from: 'zuora', to: 'netsuite', objects: ['Invoice'] }] }),
    );
    expect(problems).toEqual([
      expect.stringContaining('dataFlow[0].from: system "zuora" is not among the guide\'s systems (netsuite)'),
    ]);
  });

  it.each([
    ['no objects', { objects: [] }, 'dataFlow[0].objects', 'at least one object name'],
    ['an unknown trigger', { trigger: 'nightly' }, 'dataFlow[0].trigger: found "nightly"', 'event, schedule, manual'],
    ['an unknown sync mode', { sync: 'incremntal' }, 'dataFlow[0].sync: found "incremntal"', 'did you mean "incremental"?'],
  ])('rejects a data flow with %s', (_name, overrides, field, expected) => {
    const [problem] = check(
      guideInput({ dataFlow: [{ from: 'zuora', to: 'netsuite', objects: ['Invoice'], ...overrides }] as never }),
    );
    expect(problem).toContain(field);
    expect(problem).toContain(expected);
  });

  it('reports every problem of an entry in one run, schema and references together', () => {
    const problems = check({ ...guideInput({ size: 'XL', systems: ['netsute'] }), owner: undefined, tag: 'x' });
    expect(problems.map((p) => /  (\S+): /.exec(p)?.[1])).toEqual(['breakdown', 'owner', 'systems[0]', 'tag']);
  });
});

describe('guide sections', () => {
  const body = (names: readonly string[]) => names.map((n) => `## ${n}\n\nText.\n`).join('\n');
  /** The required sections, changed by `edit` (which works on a copy). */
  const sections = (edit: (names: string[]) => void) => {
    const names = [...guideSections];
    edit(names);
    return body(names);
  };

  it('allows extra sections between the required ones', () => {
    const withExtras = sections((names) => {
      names.splice(3, 0, 'Field mapping');
      names.push('Further reading');
    });
    expect(check(guideInput(), withExtras)).toEqual([]);
  });

  it('names a missing section and where it belongs', () => {
    const [problem] = check(
      guideInput(),
      sections((names) => names.splice(names.indexOf('Testing'), 1)),
    );
    expect(problem).toContain('## Testing: missing section');
    expect(problem).toContain('add "## Testing" after "## Error handling"');
  });

  it('names a section that is out of order, with its line', () => {
    const swapped = sections((names) => names.splice(4, 2, 'Testing', 'Error handling'));
    const [problem] = check(guideInput(), swapped);
    expect(problem).toMatch(
      /the-guide\.mdx:\d+  error  ## Testing: section out of order \(found: "## Testing" before "## Error handling"/,
    );
  });

  it('suggests the right name for a misspelled section', () => {
    const [problem] = check(
      guideInput(),
      sections((names) => names.splice(2, 1, 'Configuraton steps')),
    );
    expect(problem).toContain('section "Configuraton steps" should be named "Configuration steps"');
  });

  it('reports an MDX syntax error with its line and column', () => {
    const problems = check(guideInput(), `${guideBody}\nRetry {count times.\n`);
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatch(/the-guide\.mdx:\d+:\d+  error  MDX syntax error: .*\(mdx-syntax\)$/);
  });
});
