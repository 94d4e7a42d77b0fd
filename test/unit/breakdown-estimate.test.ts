import Big from 'big.js';
import { describe, expect, it } from 'vitest';
import { breakdownEstimate, guideEstimate } from '../../src/lib/guide-quote.ts';
import { defaultEstimateModel, estimateModelSchema } from '../../src/lib/schemas/estimate-model.ts';

const model = estimateModelSchema.parse({ ...defaultEstimateModel, coordinationPercent: 10 });
const part = (id: string, size: 'S' | 'M' | 'L', systems: string[], effort?: Record<string, { low: number; high: number }>) => ({
  id,
  data: { title: `Part ${id}`, size, systems, ...(effort ? { effort } : {}) },
});

describe('an XL guide’s estimate', () => {
  const parts = [part('a', 'S', ['x']), part('b', 'L', ['x', 'y'], { building: { low: 50, high: 70 } })];
  const result = breakdownEstimate(parts, model);

  it('quotes each part as its own guide, part by part', () => {
    expect(result.parts.map((p) => [p.id, p.size])).toEqual([
      ['a', 'S'],
      ['b', 'L'],
    ]);
    parts.forEach((source, index) => {
      const own = guideEstimate(source.data, model);
      if (!own.quotable) throw new Error('parts are quotable');
      expect(result.parts[index]!.hours).toEqual(own.hours);
      expect(result.parts[index]!.oneTime).toEqual(own.oneTime);
    });
  });

  it('adds the model’s coordination share of the parts’ hours, priced at its rate, to the total', () => {
    for (const side of ['low', 'high'] as const) {
      const hours = result.parts.reduce((sum, p) => sum.plus(p.hours![side]), new Big(0));
      expect(result.coordination.hours[side]).toBe(hours.times(0.1).toString());
      expect(result.coordination.cost[side]).toBe(hours.times(0.1).times(model.hourlyRate).round(2, Big.roundHalfUp).toString());
      expect(result.total.hours[side]).toBe(hours.times(1.1).toString());
      const oneTime = result.parts.reduce((sum, p) => sum.plus(p.oneTime![side]), new Big(0));
      expect(result.total.oneTime[side]).toBe(oneTime.plus(result.coordination.cost[side]).toString());
    }
    expect(result.coordination.percent).toBe(10);
  });

  it('takes the coordination share from the model, 10 % unless it says otherwise', () => {
    expect(estimateModelSchema.parse(defaultEstimateModel).coordinationPercent).toBe(10);
    const none = breakdownEstimate(parts, { ...model, coordinationPercent: 0 });
    expect(none.coordination.hours).toEqual({ low: '0', high: '0' });
  });
});
