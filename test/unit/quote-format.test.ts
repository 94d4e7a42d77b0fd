import { describe, expect, it } from 'vitest';
import { defaultInputs, estimate } from '../../src/lib/estimate.ts';
import { csvLine, formatHours, formatMoney, formatRange, quoteCsv } from '../../src/lib/quote-format.ts';
import { defaultEstimateModel, estimateModelSchema } from '../../src/lib/schemas/estimate-model.ts';

const model = estimateModelSchema.parse(defaultEstimateModel);

describe('quote formatting', () => {
  it.each([
    ['1234567.13', 'EUR', 'de-DE', '1.234.567,13\u00a0€'],
    ['1234567.13', 'EUR', 'en-GB', '€1,234,567.13'],
    ['0.10', 'USD', 'en-US', '$0.10'],
    ['390013', 'JPY', 'ja-JP', '￥390,013'],
  ])('formats %s %s for %s', (amount, currency, locale, expected) => {
    expect(formatMoney(amount, currency, locale)).toBe(expected);
  });

  it('formats hours and ranges', () => {
    expect(formatHours('13.35', 'en')).toBe('13.35 h');
    expect(formatRange('26', '89', (h) => formatHours(h, 'en'))).toBe('26 h – 89 h');
    expect(formatRange('5', '5', (h) => formatHours(h, 'en'))).toBe('5 h');
  });

  it('quotes CSV fields that need it', () => {
    expect(csvLine(['plain', 'with, comma', 'with "quote"', 3])).toBe('plain,"with, comma","with ""quote""",3');
  });

  it('writes the whole quote as CSV', () => {
    const inputs = { ...defaultInputs(model), customers: 10 };
    const csv = quoteCsv(model, inputs, estimate(model, inputs));
    expect(csv.split('\r\n').slice(0, 2)).toEqual(['Item,Unit,Low,High', 'Project management,hours,2,10']);
    expect(csv).toContain('First-year total (one-time + 12 months),EUR,7328.00,16022.00\r\n');
  });
});
