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

  it('neutralises cells a spreadsheet would run as a formula, and leaves numbers alone', () => {
    const cells = ['=HYPERLINK("http://x.example","y")', '+1+1', '-2+3', '@SUM(A1)', '\tTab', 'a=b', -4, '-12.50', '7.00'];
    expect(csvLine(cells)).toBe(`"'=HYPERLINK(""http://x.example"",""y"")",'+1+1,'-2+3,'@SUM(A1),'\tTab,a=b,-4,-12.50,7.00`);
    expect(csvLine(['\rReturn'])).toBe(`"'\rReturn"`);
  });

  it('neutralises a phase name from the model in the exported quote', () => {
    const hostile = { ...model, phases: model.phases.map((p, i) => (i ? p : { ...p, name: '=cmd|calc' })) };
    const inputs = defaultInputs(hostile);
    expect(quoteCsv(hostile, inputs, estimate(hostile, inputs)).split('\r\n')[1]).toMatch(/^'=cmd\|calc,hours,/);
  });

  it('writes the whole quote as CSV', () => {
    const inputs = { ...defaultInputs(model), customers: 10 };
    const csv = quoteCsv(model, inputs, estimate(model, inputs));
    expect(csv.split('\r\n').slice(0, 2)).toEqual(['Item,Unit,Low,High', 'Project management,hours,2,10']);
    expect(csv).toContain('Licences for 12 months,EUR,1800.00,1800.00\r\nMaintenance for 12 months,EUR,1440.00,1440.00\r\n');
    expect(csv).toContain('First-year total,EUR,7328.00,16022.00\r\n');
  });
});
