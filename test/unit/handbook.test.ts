import { describe, expect, it } from 'vitest';
import { buildHandbook, tagSlug, type HandbookEntries } from '../../src/lib/handbook.ts';
import { summariseHome } from '../../src/lib/home.ts';
import { collectionFacts } from '../../src/lib/content/collections.ts';
import { guideSchema } from '../../src/lib/schemas/guide.ts';
import { antiPatternSchema } from '../../src/lib/schemas/anti-pattern.ts';
import { securityNoteSchema } from '../../src/lib/schemas/security-note.ts';
import { systemSchema } from '../../src/lib/schemas/system.ts';
import { handbookPageSchema } from '../../src/lib/schemas/handbook-page.ts';
import { guideInput, systemInput } from '../helpers/entries.ts';

// Entries go through the real schemas, so they hold only what an author could write.
const guide = (id: string, overrides: Parameters<typeof guideInput>[0] = {}) => ({
  id,
  data: guideSchema.parse(guideInput(overrides)),
});

function entries(): HandbookEntries {
  return {
    guides: [
      guide('invoices', {
        title: 'Invoices',
        size: 'L',
        antiPatterns: ['p2p'],
        securityNotes: ['secrets'],
        tags: ['Finance', 'upsert'],
        lastReviewed: '2026-10-01',
      }),
      guide('onboarding', {
        title: 'Onboarding',
        systems: ['salesforce', 'zuora'],
        antiPatterns: ['p2p'],
        lastReviewed: '2026-01-15',
      }),
      guide('erp-replacement', {
        title: 'ERP replacement',
        size: 'XL',
        breakdown: ['invoices', 'onboarding'],
        systems: ['netsuite'],
        tags: ['finance'],
        lastReviewed: '2026-09-01',
      }),
      guide('draft-one', { title: 'Draft one', status: 'draft', lastReviewed: '2025-01-01' }),
    ],
    antiPatterns: [
      { id: 'docs', data: antiPatternSchema.parse({ title: 'Lack of documentation', summary: 'S.', severity: 'medium' }) },
      { id: 'p2p', data: antiPatternSchema.parse({ title: 'Point-to-point', summary: 'S.', severity: 'high' }) },
    ],
    security: [
      { id: 'encryption', data: securityNoteSchema.parse({ title: 'Encryption', summary: 'S.', severity: 'high' }) },
      { id: 'secrets', data: securityNoteSchema.parse({ title: 'Secrets', summary: 'S.', severity: 'critical' }) },
    ],
    systems: [
      { id: 'zuora', data: systemSchema.parse(systemInput({ name: 'Zuora', category: 'billing' })) },
      { id: 'netsuite', data: systemSchema.parse(systemInput()) },
      { id: 'salesforce', data: systemSchema.parse(systemInput({ name: 'Salesforce', category: 'crm' })) },
    ],
    handbook: [
      { id: 'sizing', data: handbookPageSchema.parse({ title: 'Sizing', summary: 'S.', order: 30 }) },
      { id: 'roles', data: handbookPageSchema.parse({ title: 'Roles', summary: 'S.', order: 10 }) },
      { id: 'glossary', data: handbookPageSchema.parse({ title: 'Glossary', summary: 'S.' }) },
    ],
  };
}

describe('buildHandbook', () => {
  const handbook = buildHandbook(entries(), '2026-11-21', collectionFacts());
  const ids = (list: readonly { id: string }[] | undefined) => list?.map((e) => e.id);

  it('links anti-patterns, security notes and systems back to the guides that cite them', () => {
    expect(ids(handbook.citing.antiPatterns.get('p2p'))).toEqual(['invoices', 'onboarding']);
    expect(ids(handbook.citing.security.get('secrets'))).toEqual(['invoices']);
    expect(handbook.citing.antiPatterns.get('docs')).toBeUndefined();
    expect(ids(handbook.citing.systems.get('zuora'))).toEqual(['draft-one', 'invoices', 'onboarding']);
  });

  it('knows which XL guide each part belongs to', () => {
    expect(ids(handbook.partOf.get('invoices'))).toEqual(['erp-replacement']);
    expect(handbook.partOf.get('draft-one')).toBeUndefined();
  });

  it('orders guides by title, references by severity and handbook pages by order', () => {
    expect(ids(handbook.guides)).toEqual(['draft-one', 'erp-replacement', 'invoices', 'onboarding']);
    expect(ids(handbook.antiPatterns)).toEqual(['p2p', 'docs']);
    expect(ids(handbook.security)).toEqual(['secrets', 'encryption']);
    expect(ids(handbook.handbook)).toEqual(['roles', 'sizing', 'glossary']);
  });

  it('groups entries by tag, treating "Finance" and "finance" as one tag', () => {
    expect(handbook.tags.map((t) => [t.slug, t.entries.map((e) => e.id)])).toEqual([
      ['finance', ['erp-replacement', 'invoices']],
      ['upsert', ['invoices']],
    ]);
    expect(tagSlug('Upsert Logic')).toBe('upsert-logic');
  });

  it('computes review status against the given day', () => {
    expect(handbook.review.get('onboarding')).toEqual({ due: '2026-07-15', overdue: true, daysOverdue: 129 });
    expect(handbook.review.get('invoices')).toEqual({ due: '2027-04-01', overdue: false, daysOverdue: 0 });
  });

  it('groups guides by the categories of their systems, in category order', () => {
    expect(handbook.byCategory.map((c) => [c.category, ids(c.guides)])).toEqual([
      ['crm', ['onboarding']],
      ['billing', ['draft-one', 'invoices', 'onboarding']],
      ['erp', ['draft-one', 'erp-replacement', 'invoices']],
    ]);
  });

  it('summarises the home page without drafts, most overdue first, within a limit', () => {
    const home = summariseHome(handbook, 2);
    expect(ids(home.recentlyReviewed)).toEqual(['invoices', 'erp-replacement']);
    expect(ids(home.overdue)).toEqual(['onboarding']);
    expect(home.overdueCount).toBe(1);
  });

  it('lists only guides in date as recently reviewed, however many fit', () => {
    const home = summariseHome(handbook, 10);
    expect(ids(home.recentlyReviewed)).toEqual(['invoices', 'erp-replacement']);
    expect(ids(home.overdue)).toEqual(['onboarding']);
  });
});
