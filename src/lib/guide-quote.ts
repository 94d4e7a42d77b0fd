import { defaultInputs, estimate, type Estimate, type QuoteInputs } from './estimate.ts';
import { quoteToQuery } from './quote-query.ts';
import type { Guide } from './schemas/guide.ts';
import type { EstimateModel } from './schemas/estimate-model.ts';

/** The quote a guide implies: its size, one new connector per system, and its `effort` hours per phase. */
function guideQuoteInputs(guide: Pick<Guide, 'size' | 'systems' | 'effort'>, model: EstimateModel): QuoteInputs {
  return { ...defaultInputs(model), size: guide.size, connectors: guide.systems.length, overrides: { ...(guide.effort ?? {}) } };
}

/** The "Estimate this integration" link of a guide: the calculator's path with the guide's quote in the query. */
export function guideQuoteLink(guide: Pick<Guide, 'size' | 'systems' | 'effort'>, model: EstimateModel): string {
  return `/quote/${quoteToQuery(guideQuoteInputs(guide, model), model)}`;
}

/** A guide's estimate with the model's defaults, for the portfolio's hours column. */
export function guideEstimate(guide: Pick<Guide, 'size' | 'systems' | 'effort'>, model: EstimateModel): Estimate {
  return estimate(model, guideQuoteInputs(guide, model));
}
