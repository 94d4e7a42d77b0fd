import { describe, expect, it } from 'vitest';
import { githubAnnotation } from '../../src/lib/content/problems.ts';

describe('GitHub annotations', () => {
  it('turns a problem into a workflow command, escaping what GitHub requires', () => {
    expect(
      githubAnnotation({
        file: 'content/guides/a,b.mdx',
        line: 5,
        column: 3,
        severity: 'error',
        field: 'systems[0]',
        message: 'unknown system "netsute"\nsecond line 100%',
        hint: 'did you mean "netsuite"?',
        rule: 'unknown-reference',
      }),
    ).toBe(
      '::error file=content/guides/a%2Cb.mdx,line=5,col=3,title=unknown-reference::systems[0]: unknown system "netsute"%0Asecond line 100%25 — did you mean "netsuite"?',
    );
  });

  it('gives warnings without a place as warnings on the file', () => {
    expect(githubAnnotation({ file: 'f.mdx', severity: 'warning', message: 'm', rule: 'r' })).toBe(
      '::warning file=f.mdx,title=r::m',
    );
  });
});
