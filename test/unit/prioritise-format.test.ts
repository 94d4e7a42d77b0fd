import { describe, expect, it } from 'vitest';
import { factorShare, formatPoints, formatPriority } from '../../src/lib/prioritise.ts';

describe('formatPoints', () => {
  it.each([
    [72.5, '72.5'],
    [40, '40'],
    [12.25, '12.3'],
    [33.333333, '33.3'],
    [9.96, '10'],
    [0, '0'],
  ])('shows %d as "%s"', (value, shown) => {
    expect(formatPoints(value)).toBe(shown);
  });
});

describe('formatPriority', () => {
  it('shows a ranked guide’s priority as its points', () => {
    expect(formatPriority({ priority: 72.5 })).toBe('72.5');
  });

  it('marks a mandatory guide as pinned, with its priority in brackets', () => {
    expect(formatPriority({ priority: 12.25, mandatory: 'GDPR deletion requests' })).toBe('Pinned (12.3)');
  });
});

describe('factorShare', () => {
  it.each([
    [40, 40, 1],
    [15, 30, 0.5],
    [0, 20, 0],
  ])('gives %d of a weight of %d a share of %d', (contribution, weight, share) => {
    expect(factorShare(contribution, weight)).toBe(share);
  });

  it('gives a factor that weighs nothing a share of 0, not NaN', () => {
    expect(factorShare(0, 0)).toBe(0);
  });
});
