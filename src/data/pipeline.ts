import type { Handbook } from '../lib/handbook.ts';
import { pipelineCards, type PipelineCard } from '../lib/pipeline.ts';
import type { IntegrationRequest } from '../lib/schemas/request.ts';
import type { Entry } from '../lib/handbook.ts';
import { getHandbook, getModels } from './handbook.ts';

/** The cards, worked out once per handbook snapshot and read by the pipeline's pages and the portfolio. */
const cardsOf = new WeakMap<Handbook, PipelineCard[]>();

/** Every request as a pipeline card. */
export async function getPipeline(): Promise<PipelineCard[]> {
  const [handbook, models] = await Promise.all([getHandbook(), getModels()]);
  let cards = cardsOf.get(handbook);
  if (!cards) {
    cards = pipelineCards(handbook.entries('requests') as Entry<IntegrationRequest>[], models.scoring.weights, {
      system: (id) => handbook.system.get(id)?.data.name,
      guide: (id) => handbook.guide.get(id)?.data.title,
    });
    cardsOf.set(handbook, cards);
  }
  return cards;
}
