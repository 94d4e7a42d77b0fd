import Big from 'big.js';
import fc from 'fast-check';
import { totalName } from '../../src/lib/quote-format.ts';
import { describe, expect, it } from 'vitest';
import { defaultInputs, estimate, type QuoteInputs } from '../../src/lib/estimate.ts';
import { defaultEstimateModel, estimateModelSchema, type EstimateModelInput } from '../../src/lib/schemas/estimate-model.ts';
import { formatProblem } from '../../src/lib/content/problems.ts';
import { schemaProblems } from '../../src/lib/content/schema-problems.ts';
import { parseYamlSource } from '../../src/lib/content/source.ts';
import { stringify } from 'yaml';

const model = estimateModelSchema.parse(defaultEstimateModel);
const quote = (inputs: Partial<QuoteInputs> = {}) => {
  const result = estimate(model, { ...defaultInputs(model), ...inputs });
  if (!result.quotable) throw new Error(result.reason);
  return result;
};

describe('estimate', () => {
  it('quotes the default model for size M with one connector, as computed by hand', () => {
    const result = quote({ customers: 10 });
    // Phases at M (factor 1): 2–10, 1–5, 20–40, 2–10, 1–4, 0–20 → 26–89 hours.
    expect(result.phases.map((p) => [p.id, p.low, p.high])).toEqual([
      ['project-management', '2', '10'],
      ['analysis', '1', '5'],
      ['building', '20', '40'],
      ['testing', '2', '10'],
      ['documentation', '1', '4'],
      ['fine-tuning', '0', '20'],
    ]);
    expect(result.hours).toEqual({ low: '26', high: '89' });
    // 15 % contingency: 3.9–13.35 hours; 29.9–102.35 hours at 120 an hour.
    expect(result.contingencyHours).toEqual({ low: '3.9', high: '13.35' });
    expect(result.services).toEqual({ low: '3588.00', high: '12282.00' });
    expect(result.connectorSetup).toBe('500.00');
    expect(result.oneTime).toEqual({ low: '4088.00', high: '12782.00' });
    // 10 customers × 15 + 1 maintenance hour × 120 = 270 a month; 12 months included.
    expect([result.monthlyLicences, result.monthlyMaintenance, result.monthly]).toEqual(['150.00', '120.00', '270.00']);
    // 12 months of each: 1,800 of licences and 1,440 of maintenance.
    expect([result.licencesIncluded, result.maintenanceIncluded]).toEqual(['1800.00', '1440.00']);
    expect(result.total).toEqual({ low: '7328.00', high: '16022.00' });
  });

  it('counts licence months and maintenance months apart, and names the total for the period it covers', () => {
    const inputs = { ...defaultInputs(model), customers: 10, licenceMonths: 36, maintenanceMonths: 6 };
    const result = estimate(model, inputs);
    if (!result.quotable) throw new Error('M is quotable');
    expect([result.licencesIncluded, result.maintenanceIncluded]).toEqual(['5400.00', '720.00']);
    expect(result.total).toEqual({ low: '10208.00', high: '18902.00' });
    expect(totalName(inputs)).toBe('Total with 36 months of licences and 6 months of maintenance');
    expect(totalName(defaultInputs(model))).toBe('First-year total');
    expect(totalName({ licenceMonths: 6, maintenanceMonths: 6 })).toBe('Total for 6 months');
    expect(totalName({ licenceMonths: 0, maintenanceMonths: 0 })).toBe('One-time total');
  });

  it('scales maintenance hours with the size when the model says so', () => {
    const scaled = { ...model, maintenanceScalesWithSize: true };
    const monthly = (m: typeof model, size: 'S' | 'L') => {
      const result = estimate(m, { ...defaultInputs(m), size });
      return result.quotable ? result.monthlyMaintenance : '';
    };
    // 1 hour a month at 120, times the size factor (S 0.5, L 2) only when the model says so.
    expect([monthly(scaled, 'S'), monthly(scaled, 'L')]).toEqual(['60.00', '240.00']);
    expect([monthly(model, 'S'), monthly(model, 'L')]).toEqual(['120.00', '120.00']);
  });

  it('applies the size factor to the phases that scale with size only', () => {
    const small = quote({ size: 'S' });
    const large = quote({ size: 'L' });
    const phase = (result: typeof small, id: string) => result.phases.find((p) => p.id === id);
    expect([phase(small, 'building')?.low, phase(small, 'testing')?.high, phase(small, 'analysis')?.high]).toEqual([
      '10',
      '5',
      '5',
    ]);
    expect([phase(large, 'building')?.high, phase(large, 'documentation')?.high]).toEqual(['80', '4']);
  });

  it('lets an override replace a phase, size factor and all', () => {
    const result = quote({ size: 'L', overrides: { building: { low: 12.5, high: 30 } } });
    expect(result.phases.find((p) => p.id === 'building')).toEqual({
      id: 'building',
      name: 'Building',
      low: '12.5',
      high: '30',
      overridden: true,
    });
  });

  it('lets an override set one end: the other stays at the model’s value, or follows when they would cross', () => {
    const building = (override: QuoteInputs['overrides'][string]) =>
      quote({ overrides: { building: override } }).phases.find((p) => p.id === 'building');
    const model = quote().phases.find((p) => p.id === 'building')!;
    expect(building({ high: 60 })).toMatchObject({ low: model.low, high: '60', overridden: true });
    expect(quote({ overrides: { building: { high: 60 } } }).hours.low).toBe(quote().hours.low);
    expect(building({ low: 25 })).toMatchObject({ low: '25', high: model.high });
    expect(building({ high: 5 })).toMatchObject({ low: '5', high: '5' });
    expect(building({ low: 500 })).toMatchObject({ low: '500', high: '500' });
  });

  it('rounds money half up to the currency’s smallest unit, once per amount', () => {
    const result = quote({ hourlyRate: '99.99', contingencyPercent: 7.5, overrides: {} });
    // 26 h × 1.075 = 27.95 h × 99.99 = 2794.7205 → 2794.72
    expect(result.services.low).toBe('2794.72');
    const yen = estimate(estimateModelSchema.parse({ ...defaultEstimateModel, currency: 'JPY', hourlyRate: 15000 }), {
      ...defaultInputs(model),
      hourlyRate: '15000.5',
      contingencyPercent: 0,
    });
    expect(yen.quotable && yen.services.low).toBe('390013'); // 26 × 15000.5 = 390013, no decimals in yen
  });

  it('never quotes XL as one project, and says why', () => {
    expect(estimate(model, { ...defaultInputs(model), size: 'XL' })).toEqual({
      quotable: false,
      reason: expect.stringContaining('Break it down into guides of size L or smaller'),
    });
  });

  const inputs = fc.record({
    size: fc.constantFrom('S' as const, 'M' as const, 'L' as const),
    connectors: fc.integer({ min: 0, max: 50 }),
    customers: fc.integer({ min: 0, max: 100_000 }),
    hourlyRate: fc.integer({ min: 0, max: 50_000_00 }).map((cents) => new Big(cents).div(100).toString()),
    licencePerCustomerPerMonth: fc.integer({ min: 0, max: 10_000_00 }).map((cents) => new Big(cents).div(100).toString()),
    licenceMonths: fc.integer({ min: 0, max: 120 }),
    maintenanceMonths: fc.integer({ min: 0, max: 120 }),
    contingencyPercent: fc.integer({ min: 0, max: 100 }),
    overrides: fc.dictionary(
      fc.constantFrom('analysis', 'building', 'testing'),
      fc
        .tuple(fc.integer({ min: 0, max: 500 }), fc.integer({ min: 0, max: 500 }), fc.constantFrom('both', 'low', 'high'))
        .map(([a, b, ends]) =>
          ends === 'both' ? { low: Math.min(a, b), high: Math.max(a, b) } : ends === 'low' ? { low: a } : { high: b },
        ),
    ),
  });
  const big = (value: string) => new Big(value);

  it('property: low never exceeds high', () => {
    fc.assert(
      fc.property(inputs, (input) => {
        const result = estimate(model, input);
        if (!result.quotable) return false;
        return [result.hours, result.services, result.oneTime, result.total, ...result.phases].every((r) =>
          big(r.low).lte(r.high),
        );
      }),
    );
  });

  it('property: totals equal the sum of their parts', () => {
    fc.assert(
      fc.property(inputs, (input) => {
        const result = estimate(model, input);
        if (!result.quotable) return false;
        const phaseSum = result.phases.reduce((total, p) => total.plus(p.low), big('0'));
        return (
          phaseSum.eq(result.hours.low) &&
          big(result.oneTime.high).eq(big(result.services.high).plus(result.connectorSetup)) &&
          big(result.monthly).eq(big(result.monthlyLicences).plus(result.monthlyMaintenance)) &&
          big(result.licencesIncluded).eq(big(result.monthlyLicences).times(input.licenceMonths)) &&
          big(result.maintenanceIncluded).eq(big(result.monthlyMaintenance).times(input.maintenanceMonths)) &&
          big(result.total.low).eq(big(result.oneTime.low).plus(result.licencesIncluded).plus(result.maintenanceIncluded))
        );
      }),
    );
  });

  it('property: cost grows with the rate and with the number of customers', () => {
    fc.assert(
      fc.property(
        inputs,
        fc.integer({ min: 1, max: 10_000 }),
        fc.integer({ min: 1, max: 1_000 }),
        (input, extraCents, extraCustomers) => {
          const base = estimate(model, input);
          const dearer = estimate(model, {
            ...input,
            hourlyRate: big(input.hourlyRate)
              .plus(big(String(extraCents)).div(100))
              .toString(),
          });
          const more = estimate(model, { ...input, customers: input.customers + extraCustomers });
          if (!base.quotable || !dearer.quotable || !more.quotable) return false;
          return (
            big(dearer.total.high).gte(base.total.high) &&
            big(dearer.monthlyMaintenance).gte(base.monthlyMaintenance) &&
            big(more.monthly).gte(base.monthly) &&
            big(more.total.low).gte(base.total.low)
          );
        },
      ),
    );
  });
});

describe('estimation model', () => {
  const problemsOf = (input: object) => {
    const text = stringify(input);
    const source = parseYamlSource(text, 'content/models/estimate.yaml');
    const parsed = estimateModelSchema.safeParse(source.data);
    return parsed.success
      ? []
      : schemaProblems(parsed.error.issues, source.data, estimateModelSchema, {
          file: 'content/models/estimate.yaml',
          source,
        }).map(formatProblem);
  };
  const withPhase = (change: object): EstimateModelInput => ({
    ...defaultEstimateModel,
    phases: [{ id: 'building', name: 'Building', low: 20, high: 40, ...change }],
  });

  it('accepts the shipped default', () => {
    expect(problemsOf(defaultEstimateModel)).toEqual([]);
  });

  it.each([
    ['negative hours', withPhase({ low: -1 }), 'phases[0].low: found -1; expected zero or more hours'],
    ['low above high', withPhase({ low: 50 }), 'phases[0].low: low must not be above high'],
    [
      'an unknown currency',
      { ...defaultEstimateModel, currency: 'EUX' },
      'currency: expected an ISO 4217 currency code such as EUR, USD or GBP (found: "EUX") — did you mean "EUR"?',
    ],
    [
      'a factor that is not positive',
      { ...defaultEstimateModel, sizeFactors: { S: 0, M: 1, L: 2 } },
      'sizeFactors.S: found 0; expected a factor above zero',
    ],
    [
      'a missing size factor',
      { ...defaultEstimateModel, sizeFactors: { S: 0.5, M: 1 } },
      'sizeFactors.L: missing required field',
    ],
    ['a negative rate', { ...defaultEstimateModel, hourlyRate: -5 }, 'hourlyRate: found -5; expected zero or more'],
    [
      'two phases with one id',
      { ...defaultEstimateModel, phases: [...defaultEstimateModel.phases, { id: 'analysis', name: 'Again', low: 1, high: 2 }] },
      'phases[6].id: a second phase with the id "analysis"',
    ],
  ])('rejects %s', (_name, input, expected) => {
    const problems = problemsOf(input);
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatch(/^content\/models\/estimate\.yaml:\d+:\d+  error  /);
    expect(problems[0]).toContain(expected);
  });
});
