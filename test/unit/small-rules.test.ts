import { describe, expect, it } from 'vitest';
import { reviewStatus, today } from '../../src/lib/review.ts';
import { filterFromQuery, filterToQuery, matchesFilter } from '../../src/lib/guide-filter.ts';
import { isSiteLink, withBase } from '../../src/lib/urls.ts';

describe('reviews', () => {
  it.each([
    ['2026-05-01', 6, '2026-11-01', { due: '2026-11-01', overdue: false, daysOverdue: 0 }],
    ['2026-05-01', 6, '2026-11-02', { due: '2026-11-01', overdue: true, daysOverdue: 1 }],
    ['2026-08-31', 6, '2027-03-01', { due: '2027-02-28', overdue: true, daysOverdue: 1 }],
    ['2024-02-29', 12, '2025-02-28', { due: '2025-02-28', overdue: false, daysOverdue: 0 }],
  ])('last reviewed %s every %i months, on %s', (last, months, day, expected) => {
    expect(reviewStatus(last, months, day)).toEqual(expected);
  });

  it('takes today from PLAYBOOK_TODAY, and refuses a malformed one', () => {
    expect(today({ PLAYBOOK_TODAY: '2026-11-21' })).toBe('2026-11-21');
    expect(today({}, new Date(2026, 0, 5))).toBe('2026-01-05');
    expect(() => today({ PLAYBOOK_TODAY: '21/11/2026' })).toThrow(
      'PLAYBOOK_TODAY must be a date written as YYYY-MM-DD (found: "21/11/2026")',
    );
  });
});

describe('guide filter', () => {
  const guide = { size: 'L', systems: ['zuora', 'netsuite'], tags: ['finance'], status: 'active' };
  const any = { size: '', system: '', tag: '', status: '' };

  it.each([
    [{}, true],
    [{ size: 'L' }, true],
    [{ size: 'S' }, false],
    [{ system: 'netsuite', tag: 'finance' }, true],
    [{ system: 'salesforce' }, false],
    [{ status: 'deprecated' }, false],
  ])('filter %j matches: %s', (filter, expected) => {
    expect(matchesFilter(guide, { ...any, ...filter })).toBe(expected);
  });

  it('keeps only offered values from the URL and writes non-empty ones back', () => {
    const allowed = { size: new Set(['', 'L']), system: new Set(['', 'zuora']), tag: new Set(['']), status: new Set(['']) };
    const filter = filterFromQuery(new URLSearchParams('size=L&system=<script>&tag=x'), allowed);
    expect(filter).toEqual({ size: 'L', system: '', tag: '', status: '' });
    expect(filterToQuery(filter)).toBe('?size=L');
    expect(filterToQuery(any)).toBe('');
  });
});

describe('urls', () => {
  it.each([
    ['/', '/guides/x/', '/guides/x/'],
    ['/playbook/', '/guides/x/', '/playbook/guides/x/'],
    ['/playbook', 'guides/x/', '/playbook/guides/x/'],
  ])('base %s + %s', (base, path, expected) => {
    expect(withBase(base, path)).toBe(expected);
  });

  it('tells site links from external and protocol-relative ones', () => {
    expect([isSiteLink('/guides/'), isSiteLink('//evil.example/'), isSiteLink('https://x.org/'), isSiteLink('#top')]).toEqual([
      true,
      false,
      false,
      false,
    ]);
  });
});
