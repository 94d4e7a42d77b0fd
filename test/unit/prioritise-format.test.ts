import { describe, expect, it } from 'vitest';
import {
  barLength,
  formatPoints,
  formatPriority,
  formulaText,
  weightsFromQuery,
  weightsToQuery,
} from '../../src/lib/prioritise.ts';

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

describe('bars, formula and links of the portfolio', () => {
  const weights = { impact: 40, complexity: 20, cost: 20, risk: 20 };

  it('draws every factor on one scale: equal points, equal bars, whichever the factor', () => {
    expect(barLength(30, weights)).toBe(0.75);
    expect(barLength(20, weights)).toBe(barLength(20, { ...weights, impact: 40 }));
    expect(barLength(40, weights)).toBe(1);
    expect(barLength(0, { impact: 0, complexity: 0, cost: 0, risk: 0 })).toBe(0);
  });

  it('writes the formula with the weights in use', () => {
    expect(formulaText(weights)).toBe(
      'Priority = 40 × (impact − 1) / 4 + 20 × (5 − complexity) / 4 + 20 × (5 − cost) / 4 + 20 × (5 − risk) / 4',
    );
  });

  it('keeps weights in the link, and ignores weights that are malformed or do not sum to 100', () => {
    const model = { impact: 25, complexity: 25, cost: 25, risk: 25 };
    expect(weightsToQuery(model, model)).toBe('');
    const query = weightsToQuery(weights, model);
    expect(query).toBe('?impact=40&complexity=20&cost=20&risk=20');
    expect(weightsFromQuery(new URLSearchParams(query), model)).toEqual(weights);
    expect(weightsFromQuery(new URLSearchParams('impact=90&complexity=20&cost=20&risk=20'), model)).toEqual(model);
    expect(weightsFromQuery(new URLSearchParams('impact=<b>&complexity=25&cost=25&risk=25'), model)).toEqual(model);
  });
});
