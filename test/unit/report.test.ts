import { describe, expect, it } from 'vitest';
import { formatReport, quote, type Problem } from '../../src/lib/content/problems.ts';
import { closestMatch, didYouMean } from '../../src/lib/content/suggest.ts';
import { splitFrontmatter } from '../../src/lib/content/source.ts';

describe('report', () => {
  const problems: Problem[] = [
    { file: 'content/guides/b.mdx', line: 9, severity: 'warning', message: 'review overdue', rule: 'review-due' },
    {
      file: 'content/guides/a.mdx',
      line: 5,
      column: 3,
      severity: 'error',
      field: 'systems[0]',
      message: 'unknown system "netsute"',
      hint: 'did you mean "netsuite"?',
      rule: 'unknown-reference',
    },
    {
      file: 'content/guides/a.mdx',
      line: 2,
      severity: 'error',
      field: 'owner',
      message: 'missing required field',
      rule: 'missing-field',
    },
  ];

  it('lists problems by file and line, one line each, then a summary', () => {
    expect(formatReport(problems)).toMatchInlineSnapshot(`
      "content/guides/a.mdx:2  error  owner: missing required field  (missing-field)
      content/guides/a.mdx:5:3  error  systems[0]: unknown system "netsute" — did you mean "netsuite"?  (unknown-reference)
      content/guides/b.mdx:9  warning  review overdue  (review-due)

      2 errors and 1 warning in 2 files."
    `);
  });

  it('says so when there is nothing to report', () => {
    expect(formatReport([])).toBe('No problems found.');
  });

  it.each([
    ['text', '"text"'],
    [undefined, 'nothing'],
    [new Date('2026-05-01T00:00:00Z'), '2026-05-01'],
    [['a', 'b'], '["a","b"]'],
    ['x'.repeat(100), `"${'x'.repeat(100)}"`],
    [{ long: 'y'.repeat(80) }, `{"long":"${'y'.repeat(48)}...`],
  ])('quotes %j as %s', (value, expected) => {
    expect(quote(value)).toBe(expected);
  });
});

describe('suggestions', () => {
  it.each([
    ['netsute', ['netsuite', 'zuora'], 'netsuite'],
    ['Salesforce', ['salesforce'], 'salesforce'],
    ['point-to-point', ['point-to-point-integrations', 'lack-of-documentation'], 'point-to-point-integrations'],
    ['workday', ['netsuite', 'zuora'], undefined],
    ['x', [], undefined],
  ])('closest match for %s', (found, candidates, expected) => {
    expect(closestMatch(found, candidates)).toBe(expected);
  });

  it('lists valid values when nothing is close', () => {
    expect(didYouMean('workday', ['netsuite', 'zuora'])).toBe('valid values: netsuite, zuora');
    expect(
      didYouMean(
        'q',
        Array.from({ length: 10 }, (_, i) => `system-${i}`),
      ),
    ).toMatch(/, … \(10 in all\)$/);
  });
});

describe('frontmatter', () => {
  it('splits frontmatter from the body', () => {
    expect(splitFrontmatter('---\ntitle: A\n---\n\nBody\n')).toEqual({
      frontmatter: 'title: A',
      frontmatterLine: 2,
      body: '\nBody\n',
    });
  });

  it('handles Windows line endings and an empty block', () => {
    expect(splitFrontmatter('---\r\ntitle: A\r\n---\r\nBody').frontmatter).toBe('title: A');
    expect(splitFrontmatter('---\n---\nBody').frontmatter).toBe('');
  });

  it('finds no frontmatter in a file that does not start with ---', () => {
    expect(splitFrontmatter('# Title\n---\nx: 1\n---\n').frontmatter).toBeUndefined();
  });
});
