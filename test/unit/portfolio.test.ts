import { describe, expect, it } from 'vitest';
import { request } from '../helpers/entries.ts';
import { portfolioItems } from '../../src/lib/portfolio.ts';
import { prioritise } from '../../src/lib/prioritise.ts';
import { defaultEstimateModel, estimateModelSchema } from '../../src/lib/schemas/estimate-model.ts';
import { guideEstimate } from '../../src/lib/guide-quote.ts';

const model = estimateModelSchema.parse(defaultEstimateModel);
const weights = { impact: 40, complexity: 20, cost: 20, risk: 20 };

describe('the portfolio', () => {
  const requests = [
    request('programme', { size: 'XL', status: 'planned', breakdown: ['part-one', 'part-two'] }),
    request('part-one', { size: 'L', status: 'planned', estimatedHours: 120 }),
    request('part-two', { size: 'M' }),
    request('later-law', { mandatory: { kind: 'regulation', name: 'Act', deadline: '2027-09-01' } }),
    request('sooner-contract', {
      score: { impact: 1, complexity: 5, cost: 5, risk: 5 },
      mandatory: { kind: 'contract', name: 'MSA §4', deadline: '2027-02-01' },
    }),
    request('best', { score: { impact: 5, complexity: 1, cost: 1, risk: 1 }, estimatedHours: 30 }),
    request('started', { status: 'building' }),
    request('done', { status: 'live', guide: 'g' }),
    request('no', { status: 'declined' }),
  ];
  const items = portfolioItems(requests, model);

  it('ranks only open requests, an XL one once with its parts under it', () => {
    expect(items.map((item) => item.id).sort()).toEqual(['best', 'later-law', 'programme', 'sooner-contract']);
    expect(items.find((item) => item.id === 'programme')!.parts).toEqual([
      { id: 'part-one', title: 'part-one', size: 'L' },
      { id: 'part-two', title: 'part-two', size: 'M' },
    ]);
  });

  it('pins mandatory requests soonest deadline first, whatever their score, with what requires them', () => {
    const { pinned, ranked } = prioritise(items, weights);
    expect(pinned.map((row) => [row.guide.id, row.mandatory])).toEqual([
      ['sooner-contract', 'Contract: MSA §4'],
      ['later-law', 'Regulation: Act'],
    ]);
    expect(ranked.map((row) => row.guide.id)).toEqual(['best', 'programme']);
  });

  it('takes the team’s estimate when there is one, else the model’s range for the size, or the parts', () => {
    expect(items.find((item) => item.id === 'best')!.hours).toEqual({ estimated: 30 });
    const single = guideEstimate({ size: 'M', newConnectors: [], effort: undefined }, model);
    expect(items.find((item) => item.id === 'later-law')!.hours).toEqual({ model: single.quotable ? single.hours : undefined });
    const programme = items.find((item) => item.id === 'programme')!.hours as { model: { low: string } };
    // Two parts and the coordination share: more than either part alone.
    expect(Number(programme.model.low)).toBeGreaterThan(single.quotable ? Number(single.hours.low) : Infinity);
  });

  it('leaves an XL request without parts unquoted, to be broken down first', () => {
    const [lonely] = portfolioItems([request('big', { size: 'XL' })], model);
    expect(lonely!.hours).toBeUndefined();
  });
});
