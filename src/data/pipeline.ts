import type { Entry, Handbook } from '../lib/handbook.ts';
import { pipelineCards, pipelineFilters, type PipelineCard, type PipelineFilter } from '../lib/pipeline.ts';
import type { IntegrationRequest } from '../lib/schemas/request.ts';
import { getHandbook, getModels } from './handbook.ts';

/** Every request as a pipeline card, by id too, and the filters they offer. */
export interface Pipeline {
  cards: PipelineCard[];
  card: ReadonlyMap<string, PipelineCard>;
  filters: PipelineFilter[];
}

/** Worked out once per handbook snapshot and read by the pipeline's pages and every request's page. */
const pipelineOf = new WeakMap<Handbook, Pipeline>();

/** The pipeline of the handbook's requests. */
export async function getPipeline(): Promise<Pipeline> {
  const [handbook, models] = await Promise.all([getHandbook(), getModels()]);
  let pipeline = pipelineOf.get(handbook);
  if (!pipeline) {
    const cards = pipelineCards(handbook.entries('requests') as Entry<IntegrationRequest>[], models.scoring.weights, {
      system: (id) => handbook.system.get(id)?.data.name,
      guide: (id) => handbook.guide.get(id)?.data.title,
    });
    pipeline = { cards, card: new Map(cards.map((card) => [card.id, card])), filters: pipelineFilters(cards) };
    pipelineOf.set(handbook, pipeline);
  }
  return pipeline;
}
