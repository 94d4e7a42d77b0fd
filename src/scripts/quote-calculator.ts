import { estimate, type QuoteInputs } from '../lib/estimate.ts';
import { formatHours, formatMoney, formatRange, quoteCsv, totalName } from '../lib/quote-format.ts';
import { plural } from '../lib/plural.ts';
import { quoteFromQuery, quoteToQuery } from '../lib/quote-query.ts';
import type { EstimateModel } from '../lib/schemas/estimate-model.ts';

/** A table row's low and high cells. */
interface RangeCells {
  low: Element;
  high: Element;
}

/** The elements `#update` writes, found once rather than on every keystroke. */
interface Outputs {
  assumptions: HTMLElement;
  summary: HTMLElement;
  xl: HTMLElement;
  table: HTMLElement;
  notices: HTMLElement;
  noticeList: HTMLUListElement;
  /** Per phase id: its cells, its "(your hours)" marker, and its two override inputs, whose hints follow the quote. */
  phases: Map<string, RangeCells & { overridden: HTMLElement; inputs: Record<'low' | 'high', HTMLInputElement | null> }>;
  /** Per total (`data-row`): its cells. */
  totals: Map<string, RangeCells>;
  /** The name of the total, which says the period it covers. */
  totalLabel: HTMLElement;
}

/** The low and high cells of a row of the results table. */
const cellsOf = (row: Element): RangeCells => ({
  low: row.querySelector('[data-out="low"]')!,
  high: row.querySelector('[data-out="high"]')!,
});

/**
 * `<quote-calculator>`: the quote form and its results. The whole state lives in the URL; every value
 * from the URL or the form goes through `quoteFromQuery`, and results are written as text only.
 */
class QuoteCalculator extends HTMLElement {
  #model!: EstimateModel;
  #form!: HTMLFormElement;
  #inputs!: QuoteInputs;
  #outputs!: Outputs;
  #announce = 0;

  connectedCallback(): void {
    const form = this.querySelector('form');
    const json = this.querySelector('script[data-model]')?.textContent;
    if (!form || !json) return;
    this.#model = JSON.parse(json) as EstimateModel;
    this.#form = form;
    this.#outputs = this.#findOutputs();
    // Written once: typing changes the quote, not the day it was prepared.
    const date = this.querySelector<HTMLTimeElement>('[data-out="date"]')!;
    const today = new Date();
    date.textContent = today.toLocaleDateString(undefined, { dateStyle: 'long' });
    date.dateTime = today.toISOString().slice(0, 10);
    const { inputs, notices } = quoteFromQuery(new URLSearchParams(location.search), this.#model);
    this.#fill(inputs);
    this.#update(inputs, notices);

    form.addEventListener('input', () => this.#fromForm());
    form.addEventListener('submit', (event) => event.preventDefault());
    // Reset returns every input to the model's defaults (size M, no phase hours) and clears the link, whatever the
    // page was opened with; the browser's own reset would return to the first option and the shared link's values.
    form.addEventListener('reset', (event) => {
      event.preventDefault();
      const { inputs, notices } = quoteFromQuery(new URLSearchParams(), this.#model);
      this.#fill(inputs);
      this.#update(inputs, notices);
      history.replaceState(null, '', location.pathname);
    });
    form.addEventListener('click', (event) => {
      const action = (event.target as HTMLElement).closest('button')?.dataset['action'];
      if (action === 'copy') void this.#copyLink();
      if (action === 'print') print();
      if (action === 'csv') this.#download();
    });
  }

  /** Collects the elements `#update` writes, keyed as `estimate()` names its results. */
  #findOutputs(): Outputs {
    const out = (name: string) => this.querySelector<HTMLElement>(`[data-out="${name}"]`)!;
    const notices = this.querySelector<HTMLElement>('[data-notices]')!;
    return {
      assumptions: out('assumptions'),
      totalLabel: out('label'),
      summary: out('summary'),
      xl: out('xl'),
      table: out('table'),
      notices,
      noticeList: notices.querySelector('ul')!,
      phases: new Map(
        [...this.querySelectorAll<HTMLElement>('tr[data-phase]')].map((row) => [
          row.dataset['phase'] ?? '',
          {
            ...cellsOf(row),
            overridden: row.querySelector<HTMLElement>('[data-out="overridden"]')!,
            inputs: {
              low: this.#form.elements.namedItem(`h.${row.dataset['phase']}.low`) as HTMLInputElement | null,
              high: this.#form.elements.namedItem(`h.${row.dataset['phase']}.high`) as HTMLInputElement | null,
            },
          },
        ]),
      ),
      totals: new Map(
        [...this.querySelectorAll<HTMLElement>('tr[data-row]')].map((row) => [row.dataset['row'] ?? '', cellsOf(row)]),
      ),
    };
  }

  /** The form as a query string in the URL's own format, so typed values get the same checks as links. */
  #fromForm(): void {
    const data = new FormData(this.#form);
    const query = new URLSearchParams();
    for (const key of ['size', 'connectors', 'customers', 'rate', 'licence', 'licence-months', 'months', 'contingency']) {
      const value = String(data.get(key) ?? '');
      if (value !== '') query.set(key, value);
    }
    for (const phase of this.#model.phases) {
      const low = String(data.get(`h.${phase.id}.low`) ?? '');
      const high = String(data.get(`h.${phase.id}.high`) ?? '');
      // One end alone is allowed: the other stays at the model's value.
      if (low || high) query.set(`h.${phase.id}`, `${low}-${high}`);
    }
    const { inputs, notices } = quoteFromQuery(query, this.#model);
    this.#update(inputs, notices);
    history.replaceState(null, '', `${location.pathname}${quoteToQuery(inputs, this.#model)}`);
  }

  #fill(inputs: QuoteInputs): void {
    const set = (name: string, value: string | number) => {
      const control = this.#form.elements.namedItem(name) as HTMLInputElement | HTMLSelectElement | null;
      if (control) control.value = String(value);
    };
    set('size', inputs.size);
    set('connectors', inputs.connectors);
    set('customers', inputs.customers);
    set('rate', inputs.hourlyRate);
    set('licence', inputs.licencePerCustomerPerMonth);
    set('licence-months', inputs.licenceMonths);
    set('months', inputs.maintenanceMonths);
    set('contingency', inputs.contingencyPercent);
    for (const phase of this.#model.phases) {
      const range = inputs.overrides[phase.id];
      set(`h.${phase.id}.low`, range?.low ?? '');
      set(`h.${phase.id}.high`, range?.high ?? '');
    }
  }

  #update(inputs: QuoteInputs, notices: string[]): void {
    this.#inputs = inputs;
    this.#showNotices(notices);
    const result = estimate(this.#model, inputs);
    const money = (value: string) => formatMoney(value, this.#model.currency);
    const out = this.#outputs;
    out.assumptions.textContent = this.#assumptions(inputs);
    out.xl.hidden = result.quotable;
    out.table.hidden = !result.quotable;
    let summary: string;
    if (!result.quotable) {
      summary = 'XL work is not quoted as one project.';
    } else {
      const write = (cells: RangeCells, low: string, high: string) => {
        cells.low.textContent = low;
        cells.high.textContent = high;
      };
      for (const phase of result.phases) {
        const row = out.phases.get(phase.id)!;
        write(row, formatHours(phase.low), formatHours(phase.high));
        row.overridden.hidden = !phase.overridden;
        // The hint in an empty field is the hours that apply there: the model's at this size, or the end it follows.
        for (const end of ['low', 'high'] as const) if (row.inputs[end]) row.inputs[end].placeholder = phase[end];
      }
      const total = (key: string, low: string, high: string) => write(out.totals.get(key)!, low, high);
      total('hours', formatHours(result.hours.low), formatHours(result.hours.high));
      total('contingencyHours', formatHours(result.contingencyHours.low), formatHours(result.contingencyHours.high));
      total('services', money(result.services.low), money(result.services.high));
      total('connectorSetup', money(result.connectorSetup), money(result.connectorSetup));
      total('oneTime', money(result.oneTime.low), money(result.oneTime.high));
      total('monthlyLicences', money(result.monthlyLicences), money(result.monthlyLicences));
      total('monthlyMaintenance', money(result.monthlyMaintenance), money(result.monthlyMaintenance));
      total('monthly', money(result.monthly), money(result.monthly));
      total('licencesIncluded', money(result.licencesIncluded), money(result.licencesIncluded));
      total('maintenanceIncluded', money(result.maintenanceIncluded), money(result.maintenanceIncluded));
      total('total', money(result.total.low), money(result.total.high));
      const name = totalName(inputs);
      out.totalLabel.textContent = name;
      summary = `${name} ${formatRange(result.total.low, result.total.high, money)}; one-time ${formatRange(result.oneTime.low, result.oneTime.high, money)}, then ${money(result.monthly)} a month.`;
    }
    // Announce the totals once the reader pauses, not on every keystroke.
    clearTimeout(this.#announce);
    this.#announce = window.setTimeout(() => (out.summary.textContent = summary), 300);
  }

  #assumptions(inputs: QuoteInputs): string {
    const money = (value: string) => formatMoney(value, this.#model.currency);
    const overridden = Object.keys(inputs.overrides).length;
    return [
      `Size ${inputs.size}`,
      plural(inputs.connectors, 'new connector'),
      plural(inputs.customers, 'end customer'),
      `${money(inputs.hourlyRate)} an hour`,
      `${money(inputs.licencePerCustomerPerMonth)} per customer per month`,
      `${plural(inputs.licenceMonths, 'month')} of licences`,
      `${plural(inputs.maintenanceMonths, 'month')} of maintenance`,
      `${inputs.contingencyPercent} % contingency`,
      ...(overridden ? [`your own hours for ${plural(overridden, 'phase')}`] : []),
    ]
      .join(', ')
      .concat('.');
  }

  #showNotices(notices: string[]): void {
    this.#outputs.noticeList.replaceChildren(
      ...notices.map((notice) => {
        const item = document.createElement('li');
        item.textContent = notice;
        return item;
      }),
    );
    this.#outputs.notices.hidden = notices.length === 0;
  }

  async #copyLink(): Promise<void> {
    const status = this.querySelector('[data-copied]')!;
    try {
      await navigator.clipboard.writeText(location.href);
      status.textContent = 'Link copied.';
    } catch {
      status.textContent = 'Copy the address from the address bar; the browser refused the clipboard.';
    }
  }

  #download(): void {
    const csv = quoteCsv(this.#model, this.#inputs, estimate(this.#model, this.#inputs));
    const url = URL.createObjectURL(new Blob([csv], { type: 'text/csv;charset=utf-8' }));
    const anchor = Object.assign(document.createElement('a'), { href: url, download: 'integration-quote.csv' });
    anchor.click();
    setTimeout(() => URL.revokeObjectURL(url), 1000);
  }
}

customElements.define('quote-calculator', QuoteCalculator);
