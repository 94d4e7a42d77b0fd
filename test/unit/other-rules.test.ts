import { describe, expect, it } from 'vitest';
import { checkSources } from '../../src/lib/content/validate.ts';
import { formatProblem } from '../../src/lib/content/problems.ts';
import { parseEntry } from '../../src/lib/content/read.ts';
import { source, systemInput } from '../helpers/entries.ts';

const problemsOf = (...sources: ReturnType<typeof source>[]) => checkSources(sources).problems.map(formatProblem);

describe('anti-patterns, security notes and handbook pages', () => {
  it.each([
    ['antiPatterns', { title: 'P2P', summary: 'Spaghetti.', severity: 'high', tags: ['architecture'] }],
    ['security', { title: 'Secrets', summary: 'Keep them out of code.', severity: 'critical' }],
    ['handbook', { title: 'Roles', summary: 'Who does what.', order: 10 }],
  ] as const)('accepts a valid %s entry', (collection, data) => {
    expect(problemsOf(source(collection, 'entry', data, 'Body.'))).toEqual([]);
  });

  it.each([
    [
      'antiPatterns',
      { title: 'P2P', summary: 'S.', severity: 'critical' },
      'severity: found "critical"; expected one of low, medium, high',
    ],
    [
      'security',
      { title: 'S', summary: 'S.', severity: 'severe' },
      'severity: found "severe"; expected one of low, medium, high, critical',
    ],
    ['handbook', { title: 'Roles', summary: 'S.', order: 'first' }, 'order: found "first"; expected a number such as 10'],
    ['handbook', { summary: 'No title.' }, 'title: missing required field (expected: text)'],
    ['security', { title: 'S', summary: 'S.', severity: 'low', owner: 'x' }, 'owner: unknown field "owner"'],
  ] as const)('rejects a bad %s entry', (collection, data, expected) => {
    const problems = problemsOf(source(collection, 'entry', data, 'Body.'));
    expect(problems).toHaveLength(1);
    expect(problems[0]).toContain(expected);
  });
});

describe('systems', () => {
  it('accepts a system with docs and notes', () => {
    expect(
      problemsOf(
        source(
          'systems',
          'netsuite',
          systemInput({ docs: 'https://docs.oracle.com/netsuite', notes: 'Concurrency limits per account.' }),
        ),
      ),
    ).toEqual([]);
  });

  it.each([
    ['an unknown category', { category: 'billings' }, 'category: found "billings"', 'did you mean "billing"?'],
    ['an unknown API style', { api: ['rest', 'grpc'] }, 'api[1]: found "grpc"', 'rest, soap, graphql'],
    ['no authentication', { auth: [] }, 'auth: found []', 'at least one authentication method'],
    ['a javascript: docs link', { docs: 'javascript:alert(1)' }, 'docs: found "javascript:alert(1)"', 'an http(s) address'],
  ])('rejects %s', (_name, overrides, field, expected) => {
    const [problem] = problemsOf(source('systems', 'netsuite', systemInput(overrides as never)));
    expect(problem).toContain(field);
    expect(problem).toContain(expected);
  });
});

describe('files', () => {
  it('reports invalid YAML with its line', () => {
    const entry = parseEntry(
      'systems',
      'broken',
      'content/systems/broken.yaml',
      'name: Broken\ncategory: crm\napi: [rest\nauth: [oauth2]\n',
    );
    const [problem] = problemsOf(entry);
    expect(problem).toMatch(/^content\/systems\/broken\.yaml:\d+:\d+  error  invalid YAML: .*\(yaml-syntax\)$/);
  });

  it('reports an MDX file without frontmatter on line 1', () => {
    const entry = parseEntry('handbook', 'bare', 'content/handbook/bare.mdx', '# Just a heading\n');
    expect(problemsOf(entry)).toEqual([
      'content/handbook/bare.mdx:1  error  no frontmatter (expected: a YAML block between --- lines at the top of the file) — start the file with ---, the fields, then --- (see CONTRIBUTING.md or an existing entry)  (frontmatter)',
    ]);
  });

  it('maps frontmatter problems to file lines, not frontmatter lines', () => {
    const text = '---\ntitle: Roles\nsummary: Who does what.\norder: first\n---\n\nBody.\n';
    const [problem] = problemsOf(parseEntry('handbook', 'roles', 'content/handbook/roles.mdx', text));
    expect(problem).toMatch(/^content\/handbook\/roles\.mdx:4:8  /);
  });
});
