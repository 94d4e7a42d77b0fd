import Big from 'big.js';
import { defaultInputs, type QuoteInputs } from './estimate.ts';
import { guideSizes, type GuideSize } from './vocabulary.ts';
import type { EstimateModel } from './schemas/estimate-model.ts';

/** The bounds every number from a URL is held to. */
export const limits = {
  connectors: { min: 0, max: 1000, whole: true },
  customers: { min: 0, max: 1_000_000, whole: true },
  rate: { min: 0, max: 100_000, whole: false },
  licence: { min: 0, max: 100_000, whole: false },
  months: { min: 0, max: 120, whole: true },
  contingency: { min: 0, max: 100, whole: false },
  hours: { min: 0, max: 10_000, whole: false },
} as const;
type Limit = (typeof limits)[keyof typeof limits];

/** A URL value as a reader could read it back in a notice: short, and never markup (callers set it as text). */
const shown = (value: string) => (value.length > 40 ? `${value.slice(0, 40)}…` : value);
const decimal = /^\d{1,12}(\.\d{1,6})?$/;

/** Reads one number within its limit; a value out of range is clamped, anything else is ignored. Both leave a notice. */
function readNumber(raw: string, name: string, limit: Limit, notices: string[]): string | undefined {
  const value = raw.trim();
  if (!decimal.test(value) || (limit.whole && value.includes('.'))) {
    notices.push(
      `Ignored ${name}="${shown(raw)}": expected ${limit.whole ? 'a whole number' : 'a number'} from ${limit.min} to ${limit.max}.`,
    );
    return undefined;
  }
  const number = new Big(value);
  if (number.gt(limit.max)) {
    notices.push(`${name}=${shown(raw)} is more than ${limit.max}; using ${limit.max}.`);
    return String(limit.max);
  }
  return number.toString();
}

/**
 * Reads a quote from a URL's query, starting from the model's defaults. Every value is checked:
 * numbers out of range are clamped, anything malformed is ignored, and each such case is described
 * in `notices` (plain text, for the page to show as text).
 */
export function quoteFromQuery(query: URLSearchParams, model: EstimateModel): { inputs: QuoteInputs; notices: string[] } {
  const inputs = defaultInputs(model);
  const notices: string[] = [];
  // A link may carry a parameter twice (edited by hand, or two links joined): the first one counts, and the reader is told.
  const seen = new Set<string>();
  for (const key of query.keys()) {
    if (seen.has(key)) continue;
    seen.add(key);
    const values = query.getAll(key);
    if (values.length > 1)
      notices.push(`${shown(key)} appears ${values.length} times in the link; using the first, ${shown(values[0]!)}.`);
  }
  const number = (key: string, limit: Limit) => {
    const raw = query.get(key);
    return raw === null ? undefined : readNumber(raw, key, limit, notices);
  };
  const size = query.get('size');
  if (size !== null) {
    if ((guideSizes as readonly string[]).includes(size)) inputs.size = size as GuideSize;
    else notices.push(`Ignored size="${shown(size)}": expected S, M, L or XL.`);
  }
  const connectors = number('connectors', limits.connectors);
  if (connectors !== undefined) inputs.connectors = Number(connectors);
  const customers = number('customers', limits.customers);
  if (customers !== undefined) inputs.customers = Number(customers);
  const rate = number('rate', limits.rate);
  if (rate !== undefined) inputs.hourlyRate = rate;
  const licence = number('licence', limits.licence);
  if (licence !== undefined) inputs.licencePerCustomerPerMonth = licence;
  const months = number('months', limits.months);
  if (months !== undefined) inputs.maintenanceMonths = Number(months);
  const licenceMonths = number('licence-months', limits.months);
  if (licenceMonths !== undefined) inputs.licenceMonths = Number(licenceMonths);
  const contingency = number('contingency', limits.contingency);
  if (contingency !== undefined) inputs.contingencyPercent = Number(contingency);

  const phaseIds = new Set(model.phases.map((p) => p.id));
  for (const key of seen) {
    if (!key.startsWith('h.')) continue;
    const raw = query.get(key)!;
    const id = key.slice(2);
    if (!phaseIds.has(id)) {
      notices.push(`Ignored ${shown(key)}: there is no phase "${shown(id)}".`);
      continue;
    }
    const parts = raw.split('-');
    if (parts.length > 2 || parts.every((part) => part.trim() === '')) {
      notices.push(
        `Ignored ${key}="${shown(raw)}": expected hours as low-high, such as 20-40, one end (20- or -40), or one number.`,
      );
      continue;
    }
    // "30" is both ends; an empty end ("-60", "20-") stays at the model's value.
    const [lowRaw = '', highRaw = lowRaw] = parts;
    const end = (text: string) => (text.trim() === '' ? null : readNumber(text, key, limits.hours, notices));
    const low = end(lowRaw);
    const high = end(highRaw);
    if (low === undefined || high === undefined) continue;
    if (low !== null && high !== null && new Big(low).gt(high)) {
      notices.push(`${key}=${shown(raw)} has its low above its high; using ${high}–${low}.`);
      inputs.overrides[id] = { low: Number(high), high: Number(low) };
    } else {
      inputs.overrides[id] = {
        ...(low === null ? {} : { low: Number(low) }),
        ...(high === null ? {} : { high: Number(high) }),
      };
    }
  }
  return { inputs, notices };
}

/** Writes a quote into a query string, leaving out what equals the model's defaults, so links stay short. */
export function quoteToQuery(inputs: QuoteInputs, model: EstimateModel): string {
  const defaults = defaultInputs(model);
  const query = new URLSearchParams();
  const put = (key: string, value: string | number, fallback: string | number) => {
    if (String(value) !== String(fallback)) query.set(key, String(value));
  };
  put('size', inputs.size, defaults.size);
  put('connectors', inputs.connectors, defaults.connectors);
  put('customers', inputs.customers, defaults.customers);
  put('rate', inputs.hourlyRate, defaults.hourlyRate);
  put('licence', inputs.licencePerCustomerPerMonth, defaults.licencePerCustomerPerMonth);
  put('licence-months', inputs.licenceMonths, defaults.licenceMonths);
  put('months', inputs.maintenanceMonths, defaults.maintenanceMonths);
  put('contingency', inputs.contingencyPercent, defaults.contingencyPercent);
  for (const phase of model.phases) {
    const override = inputs.overrides[phase.id];
    if (override) query.set(`h.${phase.id}`, `${override.low ?? ''}-${override.high ?? ''}`);
  }
  const text = query.toString();
  return text ? `?${text}` : '';
}
