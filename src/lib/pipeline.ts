// The pipeline of integration requests, from intake to live: cards by status, ordered by urgency, and the
// filters a reader narrows it by. Pure over the requests; the pages only lay it out.
import { tagSlug, type Entry } from './handbook.ts';
import { weigh } from './prioritise.ts';
import type { IntegrationRequest, Mandate } from './schemas/request.ts';
import type { Weights } from './schemas/scoring-model.ts';
import { requestStatuses, type RequestStatus } from './vocabulary.ts';

/** The statuses of requests not yet started: the ones the portfolio ranks. */
export const openStatuses: readonly RequestStatus[] = ['funnel', 'planned'];

/** One request as its card shows it. */
export interface PipelineCard {
  id: string;
  title: string;
  status: RequestStatus;
  /** Weighted score, 0–100. */
  priority: number;
  size: IntegrationRequest['size'];
  /** The date it is due: the mandate's, else the requester's deadline. */
  deadline?: string | undefined;
  mandatory?: Mandate | undefined;
  /** The business owner. */
  owner: string;
  /** Systems by name: the handbook's (by id, named as their pages name them) and new ones. */
  systems: { id?: string; name: string }[];
  /** For a live request, the guide that documents it (when the handbook has it). */
  guide?: { id: string; title: string } | undefined;
}

/** A way to narrow the pipeline, with the page that shows it: /pipeline/<by>/<value>/. */
export interface PipelineFilter {
  by: 'system' | 'owner';
  value: string;
  label: string;
  count: number;
}

/** The cards of every request, with priority from the scoring model's weights. */
export function pipelineCards(
  requests: readonly Entry<IntegrationRequest>[],
  weights: Weights,
  names: { system: (id: string) => string | undefined; guide: (id: string) => string | undefined },
): PipelineCard[] {
  return requests.map(({ id, data }) => {
    const guideTitle = data.guide ? names.guide(data.guide) : undefined;
    return {
      id,
      title: data.title,
      status: data.status,
      priority: weigh(data.score, weights).priority,
      size: data.size,
      deadline: data.mandatory?.deadline ?? data.deadline,
      mandatory: data.mandatory,
      owner: data.businessOwner,
      systems: [
        ...data.systems.map((system) => ({ id: system, name: names.system(system) ?? system })),
        ...data.newSystems.map((name) => ({ name })),
      ],
      guide: data.guide && guideTitle ? { id: data.guide, title: guideTitle } : undefined,
    };
  });
}

/**
 * Most urgent first: mandatory requests by their mandate's deadline, then the rest by priority, then by title.
 * The order of the portfolio's ranking and of every pipeline column.
 */
export function byUrgency(a: PipelineCard, b: PipelineCard): number {
  if (a.mandatory && b.mandatory) return a.mandatory.deadline.localeCompare(b.mandatory.deadline) || a.title.localeCompare(b.title);
  if (a.mandatory || b.mandatory) return a.mandatory ? -1 : 1;
  return b.priority - a.priority || a.title.localeCompare(b.title);
}

/** One column per status, in the pipeline's order, each most urgent first (empty columns included). */
export function pipelineColumns(cards: readonly PipelineCard[]): { status: RequestStatus; cards: PipelineCard[] }[] {
  return requestStatuses.map((status) => ({ status, cards: cards.filter((card) => card.status === status).sort(byUrgency) }));
}

/** What a card is filed under for a kind of filter: its systems' slugs, or its owner's. */
function keysOf(card: PipelineCard, by: PipelineFilter['by']): string[] {
  return by === 'owner' ? [tagSlug(card.owner)] : card.systems.map((system) => system.id ?? tagSlug(system.name));
}

/** Every system and owner some card has, each with its number of cards, by label. */
export function pipelineFilters(cards: readonly PipelineCard[]): PipelineFilter[] {
  const filters = new Map<string, PipelineFilter>();
  for (const card of cards) {
    const labels = { system: card.systems.map((system) => system.name), owner: [card.owner] };
    for (const by of ['system', 'owner'] as const) {
      keysOf(card, by).forEach((value, index) => {
        const key = `${by}/${value}`;
        const filter = filters.get(key) ?? { by, value, label: labels[by][index]!, count: 0 };
        filter.count++;
        filters.set(key, filter);
      });
    }
  }
  return [...filters.values()].sort((a, b) => a.by.localeCompare(b.by) || a.label.localeCompare(b.label));
}

/** The cards a filter keeps. */
export function applyFilter(cards: readonly PipelineCard[], filter: Pick<PipelineFilter, 'by' | 'value'>): PipelineCard[] {
  return cards.filter((card) => keysOf(card, filter.by).includes(filter.value));
}
