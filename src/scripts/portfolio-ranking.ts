import { factors, prioritise, type Ranked, type Scorable } from '../lib/prioritise.ts';
import type { Weights } from '../lib/schemas/scoring-model.ts';

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
    const { weights: defaults, guides } = JSON.parse(json) as { weights: Weights; guides: Scorable[] };
    const sum = this.querySelector('[data-out="sum"]')!;
    const read = (): Weights => {
      const data = new FormData(form);
      const value = (factor: string) => Math.min(100, Math.max(0, Number(data.get(factor)) || 0));
      return { impact: value('impact'), complexity: value('complexity'), cost: value('cost'), risk: value('risk') };
    };
    const apply = () => {
      const weights = read();
      const total = factors.reduce((n, f) => n + weights[f], 0);
      if (total !== 100) {
        sum.textContent = `The weights sum to ${total}; make them sum to 100 to re-rank.`;
        return;
      }
      sum.textContent = 'Ranked with these weights.';
      const { pinned, ranked } = prioritise(guides, weights);
      [...pinned, ...ranked].forEach((row, index) => this.#place(body, row, index, weights));
    };
    form.hidden = false;
    form.addEventListener('input', apply);
    form.addEventListener('reset', () =>
      setTimeout(() => {
        for (const factor of factors) (form.elements.namedItem(factor) as HTMLInputElement).value = String(defaults[factor]);
        apply();
      }),
    );
  }

  #place(body: HTMLTableSectionElement, row: Ranked<Scorable>, index: number, weights: Weights): void {
    const tr = body.querySelector<HTMLTableRowElement>(`tr[data-guide="${CSS.escape(row.guide.id)}"]`);
    if (!tr) return;
    body.append(tr);
    const round = (value: number) => String(Number(value.toFixed(1)));
    tr.querySelector('[data-out="rank"]')!.textContent = String(index + 1);
    tr.querySelector('[data-out="priority"]')!.textContent = row.mandatory
      ? `Pinned (${round(row.priority)})`
      : round(row.priority);
    for (const factor of factors) {
      const bar = tr.querySelector(`[data-factor="${factor}"]`)!;
      bar.querySelector('[data-out="points"]')!.textContent = round(row.contributions[factor]);
      const share = weights[factor] ? row.contributions[factor] / weights[factor] : 0;
      bar.querySelector<HTMLElement>('span[aria-hidden]')!.style.setProperty('--share', String(share));
    }
  }
}

customElements.define('portfolio-ranking', PortfolioRanking);
