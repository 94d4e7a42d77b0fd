// What the portfolio ranks: the requests not started yet (funnel and planned), an XL request once with its parts
// under it, and each with the hours it is expected to take.
import { breakdownEstimate, guideEstimate } from './guide-quote.ts';
import type { Entry } from './handbook.ts';
import { capitalise } from './labels.ts';
import { openStatuses } from './pipeline.ts';
import type { Scorable } from './prioritise.ts';
import type { EstimateModel } from './schemas/estimate-model.ts';
import type { IntegrationRequest } from './schemas/request.ts';
import type { Range } from './estimate.ts';

/** An open request as the portfolio ranks it. */
export interface PortfolioItem extends Scorable {
  size: IntegrationRequest['size'];
  /** For an XL request, the requests it is split into; they are not ranked on their own. */
  parts: { id: string; title: string; size: IntegrationRequest['size'] }[];
  /** The team's estimate when there is one, else the estimation model's range for the size (and parts). */
  hours: { estimated: number } | { model: Range } | undefined;
}

/** A request as a quote reads it: its size, and a new connector for each system the handbook does not describe yet. */
const quotable = (request: IntegrationRequest) => ({
  title: request.title,
  size: request.size,
  newConnectors: request.newSystems,
  effort: undefined,
});

/**
 * The open requests to rank, each once: the parts of an open XL request are shown under it, not beside it. A
 * mandatory request says what requires it ("Regulation: …") and is due on its mandate's deadline.
 */
export function portfolioItems(requests: readonly Entry<IntegrationRequest>[], model: EstimateModel): PortfolioItem[] {
  const byId = new Map(requests.map((request) => [request.id, request]));
  const open = requests.filter((request) => openStatuses.includes(request.data.status));
  const partOfAnother = new Set(open.flatMap((request) => (request.data.size === 'XL' ? (request.data.breakdown ?? []) : [])));
  return open
    .filter((request) => !partOfAnother.has(request.id))
    .map(({ id, data }) => {
      const parts = (data.size === 'XL' ? (data.breakdown ?? []) : []).flatMap((part) => byId.get(part) ?? []);
      const { mandatory } = data;
      const hours = (): PortfolioItem['hours'] => {
        if (data.estimatedHours !== undefined) return { estimated: data.estimatedHours };
        if (parts.length) {
          const quoted = parts.map((part) => ({ id: part.id, data: quotable(part.data) }));
          return { model: breakdownEstimate(quoted, model).total.hours };
        }
        const result = guideEstimate(quotable(data), model);
        return result.quotable ? { model: result.hours } : undefined;
      };
      return {
        id,
        title: data.title,
        score: { ...data.score, ...(mandatory ? { mandatory: `${capitalise(mandatory.kind)}: ${mandatory.name}` } : {}) },
        due: mandatory?.deadline,
        size: data.size,
        parts: parts.map((part) => ({ id: part.id, title: part.data.title, size: part.data.size })),
        hours: hours(),
      };
    });
}
