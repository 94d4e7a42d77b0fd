import Big from 'big.js';
import type { GuideSize } from './schemas/guide.ts';
import type { EstimateModel } from './schemas/estimate-model.ts';
import { numberFormat } from './number-format.ts';

/** What a reader asks the calculator. Money is a decimal string in the model's currency, so it stays exact. */
export interface QuoteInputs {
  size: GuideSize;
  /** New connectors to set up. */
  connectors: number;
  /** End customers who each need a licence. */
  customers: number;
  hourlyRate: string;
  licencePerCustomerPerMonth: string;
  /** Months of licences included in the total. */
  licenceMonths: number;
  /** Months of maintenance included in the total. */
  maintenanceMonths: number;
  contingencyPercent: number;
  /**
   * Hours per phase id that replace the model's (and the size factor's) range. Either end may be left out: it then
   * stays at the model's value, unless that would put the low above the high, when it follows the end that was set.
   */
  overrides: Record<string, PhaseOverride>;
}

/** A reader's hours for one phase: one end, or both. */
export interface PhaseOverride {
  low?: number | undefined;
  high?: number | undefined;
}

/** A low–high range. */
export interface Range {
  low: string;
  high: string;
}

/** One phase of the quote. */
export interface QuotedPhase {
  id: string;
  name: string;
  low: string;
  high: string;
  overridden: boolean;
}

/** The quote: hours as decimal strings, money as decimal strings rounded to the currency's smallest unit. */
export type Estimate =
  | { quotable: false; reason: string }
  | {
      quotable: true;
      phases: QuotedPhase[];
      hours: Range;
      contingencyHours: Range;
      servicesHours: Range;
      services: Range;
      connectorSetup: string;
      oneTime: Range;
      monthlyLicences: string;
      monthlyMaintenance: string;
      monthly: string;
      /** Licences for the months included. */
      licencesIncluded: string;
      /** Maintenance for the months included. */
      maintenanceIncluded: string;
      /** One-time cost plus the licences and maintenance included: `totalName(inputs)` names the period. */
      total: Range;
    };

/** How the quote rounds, in words, for the page. */
export const roundingRule =
  'Every amount is computed exactly in decimal, then rounded once, half up, to the currency’s smallest unit (cents for EUR). Totals are the sums of the rounded amounts above them.';

/** Digits after the decimal point of a currency's smallest unit: 2 for EUR, 0 for JPY. */
function minorDigits(currency: string): number {
  return numberFormat('en', { style: 'currency', currency }).resolvedOptions().maximumFractionDigits ?? 2;
}

/** Rounds an amount once, half up, to the currency's smallest unit (its digits looked up once). */
export function moneyRounding(currency: string): (value: Big) => Big {
  const digits = minorDigits(currency);
  return (value) => value.round(digits, Big.roundHalfUp);
}

const sum = (values: Big[]) => values.reduce((total, value) => total.plus(value), new Big(0));

/**
 * A phase's hours: the reader's ends where they set them, the model's elsewhere. An end the reader set never moves;
 * the model's end follows it when it would otherwise cross (high 10 against the model's 20–40 gives 10–10).
 */
function phaseRange(modelLow: Big, modelHigh: Big, override: PhaseOverride | undefined): { low: Big; high: Big } {
  const low = override?.low === undefined ? undefined : new Big(override.low);
  const high = override?.high === undefined ? undefined : new Big(override.high);
  if (low && high) return { low, high };
  if (low) return { low, high: modelHigh.gt(low) ? modelHigh : low };
  if (high) return { low: modelLow.lt(high) ? modelLow : high, high };
  return { low: modelLow, high: modelHigh };
}

/**
 * The quote for one integration: hours per phase (size factor applied to the phases that scale, or
 * the reader's override), contingency, one-time services and connector costs, monthly licences and
 * maintenance, and the first-year total, each as a low–high range. XL is never quoted as one project.
 */
export function estimate(model: EstimateModel, inputs: QuoteInputs): Estimate {
  if (inputs.size === 'XL') {
    return {
      quotable: false,
      reason:
        'An XL integration is never quoted as one project. Break it down into guides of size L or smaller, then quote each one.',
    };
  }
  const digits = minorDigits(model.currency);
  const money = moneyRounding(model.currency);
  const fixed = (value: Big) => value.toFixed(digits);
  const factor = new Big(model.sizeFactors[inputs.size]);
  const rate = new Big(inputs.hourlyRate);

  const phases = model.phases.map((phase) => {
    const override = inputs.overrides[phase.id];
    const scale = phase.scalesWithSize ? factor : new Big(1);
    const { low, high } = phaseRange(new Big(phase.low).times(scale), new Big(phase.high).times(scale), override);
    return { id: phase.id, name: phase.name, low, high, overridden: Boolean(override) };
  });
  const share = new Big(inputs.contingencyPercent).div(100);
  const range = (pick: (side: 'low' | 'high') => Big) => ({ low: pick('low'), high: pick('high') });
  const hours = range((side) => sum(phases.map((p) => p[side])));
  const contingencyHours = range((side) => hours[side].times(share));
  const servicesHours = range((side) => hours[side].plus(contingencyHours[side]));
  const services = range((side) => money(servicesHours[side].times(rate)));
  const connectorSetup = money(new Big(model.connectorSetup).times(inputs.connectors));
  const oneTime = range((side) => services[side].plus(connectorSetup));
  const monthlyLicences = money(new Big(inputs.licencePerCustomerPerMonth).times(inputs.customers));
  const maintenanceHours = new Big(model.maintenanceHoursPerMonth).times(model.maintenanceScalesWithSize ? factor : 1);
  const monthlyMaintenance = money(maintenanceHours.times(rate));
  const monthly = monthlyLicences.plus(monthlyMaintenance);
  const licencesIncluded = monthlyLicences.times(inputs.licenceMonths);
  const maintenanceIncluded = monthlyMaintenance.times(inputs.maintenanceMonths);
  const total = range((side) => oneTime[side].plus(licencesIncluded).plus(maintenanceIncluded));
  const text = (r: { low: Big; high: Big }, format: (value: Big) => string) => ({ low: format(r.low), high: format(r.high) });
  const plain = (value: Big) => value.toString();
  return {
    quotable: true,
    phases: phases.map((p) => ({ id: p.id, name: p.name, low: plain(p.low), high: plain(p.high), overridden: p.overridden })),
    hours: text(hours, plain),
    contingencyHours: text(contingencyHours, plain),
    servicesHours: text(servicesHours, plain),
    services: text(services, fixed),
    connectorSetup: fixed(connectorSetup),
    oneTime: text(oneTime, fixed),
    monthlyLicences: fixed(monthlyLicences),
    monthlyMaintenance: fixed(monthlyMaintenance),
    monthly: fixed(monthly),
    licencesIncluded: fixed(licencesIncluded),
    maintenanceIncluded: fixed(maintenanceIncluded),
    total: text(total, fixed),
  };
}

/** The calculator's starting point for a model: size M, one connector, one customer, a year of licences and maintenance. */
export function defaultInputs(model: EstimateModel): QuoteInputs {
  return {
    size: 'M',
    connectors: 1,
    customers: 1,
    hourlyRate: String(model.hourlyRate),
    licencePerCustomerPerMonth: String(model.licencePerCustomerPerMonth),
    licenceMonths: 12,
    maintenanceMonths: 12,
    contingencyPercent: model.contingencyPercent,
    overrides: {},
  };
}

/** What one size takes by the model: the phases' hours, and with the model's contingency added. */
export interface SizeBand {
  size: GuideSize;
  hours: Range;
  withContingency: Range;
}

/**
 * The hours of every quotable size (each the model has a factor for), as the calculator gives them with the
 * model's defaults: the one source of the sizing page's bands, so a page can never disagree with the quote.
 */
export function sizeBands(model: EstimateModel): SizeBand[] {
  return (Object.keys(model.sizeFactors) as GuideSize[]).flatMap((size) => {
    const result = estimate(model, { ...defaultInputs(model), size });
    return result.quotable ? [{ size, hours: result.hours, withContingency: result.servicesHours }] : [];
  });
}
