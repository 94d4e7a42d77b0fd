import { describe, expect, it } from 'vitest';
import { request } from '../helpers/entries.ts';
import { applyFilter, byUrgency, pipelineCards, pipelineColumns, pipelineFilters } from '../../src/lib/pipeline.ts';

const weights = { impact: 40, complexity: 20, cost: 20, risk: 20 };

const names = {
  system: (id: string) => ({ ledger: 'The Ledger', crm: 'The CRM' })[id],
  guide: (id: string) => ({ 'invoices-guide': 'Invoices to the ledger' })[id],
};

describe('the pipeline', () => {
  it('puts each request in its status column, mandatory ones first by their deadline, then by priority', () => {
    const cards = pipelineCards(
      [
        request('low', { score: { impact: 1, complexity: 5, cost: 5, risk: 5 } }),
        request('high', { score: { impact: 5, complexity: 1, cost: 1, risk: 1 } }),
        request('law-later', { mandatory: { kind: 'regulation', name: 'Act B', deadline: '2027-06-01' } }),
        request('contract-sooner', {
          score: { impact: 1, complexity: 5, cost: 5, risk: 5 },
          mandatory: { kind: 'contract', name: 'MSA §4', deadline: '2027-01-01' },
        }),
        request('built', { status: 'live', guide: 'invoices-guide' }),
        request('no', { status: 'declined' }),
      ],
      weights,
      names,
    );
    const columns = pipelineColumns(cards);
    expect(columns.map(({ status, cards: list }) => [status, list.map((card) => card.id)])).toEqual([
      ['funnel', ['contract-sooner', 'law-later', 'high', 'low']],
      ['planned', []],
      ['building', []],
      ['live', ['built']],
      ['declined', ['no']],
    ]);
    const live = columns[3]!.cards[0]!;
    expect(live.guide).toEqual({ id: 'invoices-guide', title: 'Invoices to the ledger' });
    expect(cards.find((card) => card.id === 'high')!.priority).toBe(100);
    // The deadline a card shows is the mandate's when there is one.
    expect(cards.find((card) => card.id === 'law-later')!.deadline).toBe('2027-06-01');
  });

  it('links no guide the handbook lacks, and names systems as their pages do, new ones by their own name', () => {
    const [card] = pipelineCards(
      [request('r', { status: 'live', guide: 'gone', systems: ['crm', 'unknown-id'], newSystems: ['Okta'] })],
      weights,
      names,
    );
    expect(card!.guide).toBeUndefined();
    expect(card!.systems).toEqual([{ id: 'crm', name: 'The CRM' }, { id: 'unknown-id', name: 'unknown-id' }, { name: 'Okta' }]);
  });

  it('offers a filter for every system and owner, with its count, and each keeps exactly its cards', () => {
    const cards = pipelineCards(
      [
        request('a', { systems: ['ledger', 'crm'], businessOwner: 'Sales Ops' }),
        request('b', { systems: ['ledger'], newSystems: ['Okta Workforce'] }),
        request('c', { systems: ['crm'] }),
      ],
      weights,
      names,
    );
    expect(pipelineFilters(cards).map(({ by, value, label, count }) => `${by}/${value} ${label} ${count}`)).toEqual([
      'owner/finance-team Finance Team 2',
      'owner/sales-ops Sales Ops 1',
      'system/okta-workforce Okta Workforce 1',
      'system/crm The CRM 2',
      'system/ledger The Ledger 2',
    ]);
    expect(applyFilter(cards, { by: 'system', value: 'crm' }).map((card) => card.id)).toEqual(['a', 'c']);
    expect(applyFilter(cards, { by: 'owner', value: 'finance-team' }).map((card) => card.id)).toEqual(['b', 'c']);
    expect(applyFilter(cards, { by: 'system', value: 'okta-workforce' }).map((card) => card.id)).toEqual(['b']);
  });

  it('orders two mandatory requests with the same deadline by title, and any mandatory one above every other', () => {
    const [a, b, c] = pipelineCards(
      [
        request('Beta', { mandatory: { kind: 'regulation', name: 'X', deadline: '2027-01-01' } }),
        request('Alpha', { mandatory: { kind: 'contract', name: 'Y', deadline: '2027-01-01' } }),
        request('Top score', { score: { impact: 5, complexity: 1, cost: 1, risk: 1 } }),
      ],
      weights,
      names,
    );
    expect([a!, b!, c!].sort(byUrgency).map((card) => card.title)).toEqual(['Alpha', 'Beta', 'Top score']);
  });
});
