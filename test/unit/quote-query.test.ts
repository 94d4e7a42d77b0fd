import { describe, expect, it } from 'vitest';
import { defaultInputs } from '../../src/lib/estimate.ts';
import { quoteFromQuery, quoteToQuery } from '../../src/lib/quote-query.ts';
import { defaultEstimateModel, estimateModelSchema } from '../../src/lib/schemas/estimate-model.ts';

const model = estimateModelSchema.parse(defaultEstimateModel);
const read = (query: string) => quoteFromQuery(new URLSearchParams(query), model);

describe('quotes in URLs', () => {
  it('starts from the model’s defaults', () => {
    expect(read('')).toEqual({ inputs: defaultInputs(model), notices: [] });
  });

  it('round-trips every input through the query string', () => {
    const inputs = {
      ...defaultInputs(model),
      size: 'L' as const,
      connectors: 3,
      customers: 250,
      hourlyRate: '135.5',
      licencePerCustomerPerMonth: '9.99',
      licenceMonths: 36,
      maintenanceMonths: 24,
      contingencyPercent: 20,
      overrides: { building: { low: 30, high: 45.5 } },
    };
    const query = quoteToQuery(inputs, model);
    expect(query).toBe(
      '?size=L&connectors=3&customers=250&rate=135.5&licence=9.99&licence-months=36&months=24&contingency=20&h.building=30-45.5',
    );
    expect(read(query)).toEqual({ inputs, notices: [] });
  });

  it('reads and writes a phase with one end set, leaving the other to the model', () => {
    expect(read('h.building=-60').inputs.overrides).toEqual({ building: { high: 60 } });
    expect(read('h.building=25-').inputs.overrides).toEqual({ building: { low: 25 } });
    expect(read('h.building=30').inputs.overrides).toEqual({ building: { low: 30, high: 30 } });
    expect(quoteToQuery({ ...defaultInputs(model), overrides: { building: { high: 60 } } }, model)).toBe('?h.building=-60');
    expect(read('h.building=-').notices).toEqual([
      'Ignored h.building="-": expected hours as low-high, such as 20-40, one end (20- or -40), or one number.',
    ]);
  });

  it('leaves defaults out of the link', () => {
    expect(quoteToQuery(defaultInputs(model), model)).toBe('');
  });

  it.each([
    ['a negative number', 'connectors=-2', 'Ignored connectors="-2": expected a whole number from 0 to 1000.'],
    ['not a number', 'rate=abc', 'Ignored rate="abc": expected a number from 0 to 100000.'],
    [
      'a fraction where a whole number belongs',
      'customers=1.5',
      'Ignored customers="1.5": expected a whole number from 0 to 1000000.',
    ],
    ['an enormous number', 'customers=99999999999', 'customers=99999999999 is more than 1000000; using 1000000.'],
    ['an unknown size', 'size=XXL', 'Ignored size="XXL": expected S, M, L or XL.'],
    ['a script payload', 'size=<script>alert(1)</script>', 'Ignored size="<script>alert(1)</script>": expected S, M, L or XL.'],
    ['an unknown phase', 'h.coding=1-2', 'Ignored h.coding: there is no phase "coding".'],
    ['a reversed range', 'h.testing=9-3', 'h.testing=9-3 has its low above its high; using 3–9.'],
    ['a very long value', `rate=${'9'.repeat(60)}`, `Ignored rate="${'9'.repeat(40)}…": expected a number from 0 to 100000.`],
    [
      'a range of three numbers',
      'h.building=1-2-3',
      'Ignored h.building="1-2-3": expected hours as low-high, such as 20-40, one end (20- or -40), or one number.',
    ],
    ['a repeated parameter', 'size=S&size=L', 'size appears 2 times in the link; using the first, S.'],
    ['a repeated phase', 'h.testing=2-4&h.testing=8-9', 'h.testing appears 2 times in the link; using the first, 2-4.'],
  ])('ignores or clamps %s, with a notice', (_name, query, notice) => {
    const { inputs, notices } = read(query);
    expect(notices).toEqual([notice]);
    expect(inputs.connectors).toBeGreaterThanOrEqual(0);
    expect(['S', 'M', 'L', 'XL']).toContain(inputs.size);
  });

  it('keeps valid values when others are bad', () => {
    const { inputs, notices } = read('size=S&connectors=x&customers=40');
    expect([inputs.size, inputs.connectors, inputs.customers]).toEqual(['S', 1, 40]);
    expect(notices).toHaveLength(1);
  });
});
