import {
  barLength,
  factors,
  formatPoints,
  formatPriority,
  formulaText,
  prioritise,
  weightsFromQuery,
  weightsToQuery,
  type Factor,
  type Ranked,
  type Scorable,
} from '../lib/prioritise.ts';
import type { Weights } from '../lib/schemas/scoring-model.ts';

/** A server-rendered row and the parts of it that re-ranking rewrites. */
interface RowOutputs {
  row: HTMLTableRowElement;
  rank: Element;
  priority: Element;
  bars: Record<Factor, { points: Element; bar: HTMLElement }>;
}

/** Finds a row's outputs once, so that re-ranking on every keystroke queries nothing. */
function outputsOf(row: HTMLTableRowElement): RowOutputs {
  const bar = (factor: Factor) => {
    const bars = row.querySelector(`[data-factor="${factor}"]`)!;
    return { points: bars.querySelector('[data-out="points"]')!, bar: bars.querySelector<HTMLElement>('span[aria-hidden]')! };
  };
  return {
    row,
    rank: row.querySelector('[data-out="rank"]')!,
    priority: row.querySelector('[data-out="priority"]')!,
    bars: Object.fromEntries(factors.map((factor) => [factor, bar(factor)])) as RowOutputs['bars'],
  };
}

/** Writes a request's new rank, priority and contributions into its row. */
function write(outputs: RowOutputs, ranking: Ranked<Scorable>, index: number, weights: Weights): void {
  outputs.rank.textContent = String(index + 1);
  outputs.priority.textContent = formatPriority(ranking);
  for (const factor of factors) {
    const { points, bar } = outputs.bars[factor];
    points.textContent = formatPoints(ranking.contributions[factor]);
    bar.style.setProperty('--share', String(barLength(ranking.contributions[factor], weights)));
  }
}

/**
 * `<portfolio-ranking>`: lets the reader try other weights. The server-rendered rows are reordered and
 * their numbers rewritten; without JavaScript the model's ranking stays as built.
 */
class PortfolioRanking extends HTMLElement {
  connectedCallback(): void {
    const form = this.querySelector('form');
    const body = this.querySelector('tbody');
    const json = this.querySelector('script[data-scores]')?.textContent;
    if (!form || !body || !json) return;
    const { items, weights: model } = JSON.parse(json) as { items: Scorable[]; weights: Weights };
    const rows = new Map([...body.rows].map((row) => [row.dataset['id'], outputsOf(row)]));
    const sum = this.querySelector('[data-out="sum"]')!;
    const formula = this.querySelector('[data-out="formula"]');
    const read = (): Weights => {
      const data = new FormData(form);
      const value = (factor: string) => Math.min(100, Math.max(0, Number(data.get(factor)) || 0));
      return { impact: value('impact'), complexity: value('complexity'), cost: value('cost'), risk: value('risk') };
    };
    const fill = (weights: Weights) => {
      for (const factor of factors) (form.elements.namedItem(factor) as HTMLInputElement).value = String(weights[factor]);
    };
    const apply = () => {
      const weights = read();
      const total = factors.reduce((n, f) => n + weights[f], 0);
      if (total !== 100) {
        sum.textContent = `The weights sum to ${total}; make them sum to 100 to re-rank.`;
        return;
      }
      sum.textContent = 'Ranked with these weights.';
      if (formula) formula.textContent = formulaText(weights);
      // The weights live in the URL, so a link shares this ranking.
      history.replaceState(null, '', `${location.pathname}${weightsToQuery(weights, model)}`);
      const { pinned, ranked } = prioritise(items, weights);
      const order = [...pinned, ...ranked].flatMap((ranking, index) => {
        const outputs = rows.get(ranking.guide.id);
        if (!outputs) return [];
        write(outputs, ranking, index, weights);
        return [outputs.row];
      });
      body.append(...order);
    };
    form.addEventListener('input', apply);
    // Reset returns to the model's weights and a clean URL.
    form.addEventListener('reset', (event) => {
      event.preventDefault();
      fill(model);
      apply();
    });
    const shared = weightsFromQuery(new URLSearchParams(location.search), model);
    if (weightsToQuery(shared, model)) {
      fill(shared);
      apply();
    }
  }
}

customElements.define('portfolio-ranking', PortfolioRanking);
