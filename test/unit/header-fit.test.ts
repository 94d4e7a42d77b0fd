import { describe, expect, it } from 'vitest';
import { alwaysCompact, headerFitsFrom } from '../../src/lib/header-fit.ts';

const labels = ['Guides', 'Anti-patterns', 'Security', 'Systems', 'Handbook', 'Tags', 'Portfolio', 'Quote'];

describe('the width the header needs on one row', () => {
  it('grows with the title, the navigation and the logo, in whole rem', () => {
    const base = headerFitsFrom({ title: 'Handbook', labels });
    expect(Number.isInteger(base)).toBe(true);
    expect(headerFitsFrom({ title: 'A much longer handbook title', labels })).toBeGreaterThan(base);
    expect(
      headerFitsFrom({ title: 'Handbook', labels: [...labels.slice(0, 5), 'Runbooks', ...labels.slice(5)] }),
    ).toBeGreaterThan(base);
    // A logo three times as wide as it is tall takes 6 rem at the header's 2 rem height.
    expect(headerFitsFrom({ title: 'Handbook', labels, logo: { width: 120, height: 40 } })).toBeGreaterThanOrEqual(base + 6);
  });

  it('collapses at every width when the header could not fit even the widest page', () => {
    const many = Array.from({ length: 14 }, (_, i) => `Collection ${i}`);
    expect(headerFitsFrom({ title: 'Handbook', labels: many })).toBe(alwaysCompact);
  });
});
