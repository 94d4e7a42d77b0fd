import Big from 'big.js';
import { defaultInputs, estimate, moneyRounding, type Estimate, type QuoteInputs, type Range } from './estimate.ts';
import { quoteToQuery } from './quote-query.ts';
import type { Guide } from './schemas/guide.ts';
import type { EstimateModel } from './schemas/estimate-model.ts';

/** What a quote reads of a guide (or a request): its size, the systems that need a new connector, its own phase hours. */
export type Quotable = Pick<Guide, 'size' | 'newConnectors' | 'effort'>;

/** The quote a guide implies: its size, a connector for each system it marks as new, and its `effort` hours per phase. */
function guideQuoteInputs(guide: Quotable, model: EstimateModel): QuoteInputs {
  return {
    ...defaultInputs(model),
    size: guide.size,
    connectors: guide.newConnectors?.length ?? 0,
    overrides: { ...(guide.effort ?? {}) },
  };
}

/** The "Estimate this integration" link of a guide: the calculator's path with the guide's quote in the query. */
export function guideQuoteLink(guide: Quotable, model: EstimateModel): string {
  return `/quote/${quoteToQuery(guideQuoteInputs(guide, model), model)}`;
}

/** A guide's estimate with the model's defaults, for the portfolio's hours column. */
export function guideEstimate(guide: Quotable, model: EstimateModel): Estimate {
  return estimate(model, guideQuoteInputs(guide, model));
}

/** One part of an XL guide's estimate. */
export interface PartEstimate {
  id: string;
  title: string;
  size: Guide['size'];
  /** Hours of its phases, as the calculator's total hours; undefined when the part cannot be quoted (an XL part, which check refuses). */
  hours?: Range;
  /** One-time cost: services (with the model's contingency) and connectors. */
  oneTime?: Range;
}

/** An XL guide's estimate: its parts', one by one, plus the coordination the model declares, and the total. */
export interface BreakdownEstimate {
  parts: PartEstimate[];
  coordination: { percent: number; hours: Range; cost: Range };
  total: { hours: Range; oneTime: Range };
}

/**
 * The estimate of an XL guide: each part quoted as its own guide (its size, systems and hours), then the model's
 * coordination share of the parts' hours, priced at the model's rate. Exact decimals; money rounded once per amount,
 * as the calculator does.
 */
export function breakdownEstimate(
  parts: readonly { id: string; data: Quotable & Pick<Guide, 'title'> }[],
  model: EstimateModel,
): BreakdownEstimate {
  const quoted = parts.map((part): PartEstimate => {
    const result = guideEstimate(part.data, model);
    const base = { id: part.id, title: part.data.title, size: part.data.size };
    return result.quotable ? { ...base, hours: result.hours, oneTime: result.oneTime } : base;
  });
  const sum = (pick: (part: PartEstimate) => Range | undefined, side: keyof Range) =>
    quoted.reduce((total, part) => total.plus(pick(part)?.[side] ?? 0), new Big(0));
  const share = new Big(model.coordinationPercent).div(100);
  const money = moneyRounding(model.currency);
  const range = (side: keyof Range) => {
    const hours = sum((part) => part.hours, side);
    const coordinationHours = hours.times(share);
    const coordinationCost = money(coordinationHours.times(model.hourlyRate));
    return { hours, coordinationHours, coordinationCost, oneTime: sum((part) => part.oneTime, side).plus(coordinationCost) };
  };
  const low = range('low');
  const high = range('high');
  const text = (a: Big, b: Big) => ({ low: a.toString(), high: b.toString() });
  return {
    parts: quoted,
    coordination: {
      percent: model.coordinationPercent,
      hours: text(low.coordinationHours, high.coordinationHours),
      cost: text(low.coordinationCost, high.coordinationCost),
    },
    total: {
      hours: text(low.hours.plus(low.coordinationHours), high.hours.plus(high.coordinationHours)),
      oneTime: text(low.oneTime, high.oneTime),
    },
  };
}
