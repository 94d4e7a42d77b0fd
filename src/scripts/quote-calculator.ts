import { estimate, type QuoteInputs } from '../lib/estimate.ts';
import { formatHours, formatMoney, formatRange, quoteCsv } from '../lib/quote-format.ts';
import { quoteFromQuery, quoteToQuery } from '../lib/quote-query.ts';
import type { EstimateModel } from '../lib/schemas/estimate-model.ts';

/**
 * `<quote-calculator>`: the quote form and its results. The whole state lives in the URL; every value
 * from the URL or the form goes through `quoteFromQuery`, and results are written as text only.
 */
class QuoteCalculator extends HTMLElement {
  #model!: EstimateModel;
  #form!: HTMLFormElement;
  #inputs!: QuoteInputs;
  #announce = 0;

  connectedCallback(): void {
    const form = this.querySelector('form');
    const json = this.querySelector('script[data-model]')?.textContent;
    if (!form || !json) return;
    this.#model = JSON.parse(json) as EstimateModel;
    this.#form = form;
    const { inputs, notices } = quoteFromQuery(new URLSearchParams(location.search), this.#model);
    this.#fill(inputs);
    this.#update(inputs, notices);
    form.hidden = false;
    this.querySelector<HTMLElement>('.quote-results')!.hidden = false;

    form.addEventListener('input', () => this.#fromForm());
    form.addEventListener('submit', (event) => event.preventDefault());
    form.addEventListener('reset', () => setTimeout(() => this.#fromForm()));
    form.addEventListener('click', (event) => {
      const action = (event.target as HTMLElement).closest('button')?.dataset['action'];
      if (action === 'copy') void this.#copyLink();
      if (action === 'print') print();
      if (action === 'csv') this.#download();
    });
  }

  /** The form as a query string in the URL's own format, so typed values get the same checks as links. */
  #fromForm(): void {
    const data = new FormData(this.#form);
    const query = new URLSearchParams();
    for (const key of ['size', 'connectors', 'customers', 'rate', 'licence', 'months', 'contingency']) {
      const value = String(data.get(key) ?? '');
      if (value !== '') query.set(key, value);
    }
    for (const phase of this.#model.phases) {
      const low = String(data.get(`h.${phase.id}.low`) ?? '');
      const high = String(data.get(`h.${phase.id}.high`) ?? '');
      if (low || high) query.set(`h.${phase.id}`, `${low || high}-${high || low}`);
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
    set('months', inputs.maintenanceMonths);
    set('contingency', inputs.contingencyPercent);
    for (const [id, range] of Object.entries(inputs.overrides)) {
      set(`h.${id}.low`, range.low);
      set(`h.${id}.high`, range.high);
    }
    // The form's reset returns to these values: the model's defaults, or the shared link's.
    for (const control of this.#form.querySelectorAll('input')) control.defaultValue = control.value;
  }

  #update(inputs: QuoteInputs, notices: string[]): void {
    this.#inputs = inputs;
    this.#showNotices(notices);
    const result = estimate(this.#model, inputs);
    const money = (value: string) => formatMoney(value, this.#model.currency);
    const out = (name: string) => this.querySelector<HTMLElement>(`[data-out="${name}"]`)!;
    out('date').textContent = new Date().toLocaleDateString(undefined, { dateStyle: 'long' });
    out('date').setAttribute('datetime', new Date().toISOString().slice(0, 10));
    out('assumptions').textContent = this.#assumptions(inputs);
    out('xl').hidden = result.quotable;
    out('table').hidden = !result.quotable;
    let summary: string;
    if (!result.quotable) {
      summary = 'XL work is not quoted as one project.';
    } else {
      const row = (key: string, low: string, high: string) => {
        const cells = this.querySelectorAll(`tr[data-row="${key}"] td, tr[data-phase="${key}"] td`);
        cells[0]!.textContent = low;
        cells[1]!.textContent = high;
      };
      for (const phase of result.phases) {
        row(phase.id, formatHours(phase.low), formatHours(phase.high));
        this.querySelector<HTMLElement>(`tr[data-phase="${phase.id}"] [data-out="overridden"]`)!.hidden = !phase.overridden;
      }
      row('hours', formatHours(result.hours.low), formatHours(result.hours.high));
      row('contingencyHours', formatHours(result.contingencyHours.low), formatHours(result.contingencyHours.high));
      row('services', money(result.services.low), money(result.services.high));
      row('connectorSetup', money(result.connectorSetup), money(result.connectorSetup));
      row('oneTime', money(result.oneTime.low), money(result.oneTime.high));
      row('monthlyLicences', money(result.monthlyLicences), money(result.monthlyLicences));
      row('monthlyMaintenance', money(result.monthlyMaintenance), money(result.monthlyMaintenance));
      row('monthly', money(result.monthly), money(result.monthly));
      row('firstYear', money(result.firstYear.low), money(result.firstYear.high));
      summary = `First-year total ${formatRange(result.firstYear.low, result.firstYear.high, money)}; one-time ${formatRange(result.oneTime.low, result.oneTime.high, money)}, then ${money(result.monthly)} a month.`;
    }
    // Announce the totals once the reader pauses, not on every keystroke.
    clearTimeout(this.#announce);
    this.#announce = window.setTimeout(() => (out('summary').textContent = summary), 300);
  }

  #assumptions(inputs: QuoteInputs): string {
    const money = (value: string) => formatMoney(value, this.#model.currency);
    const overridden = Object.keys(inputs.overrides).length;
    return [
      `Size ${inputs.size}`,
      `${inputs.connectors} new connector${inputs.connectors === 1 ? '' : 's'}`,
      `${inputs.customers} end customer${inputs.customers === 1 ? '' : 's'}`,
      `${money(inputs.hourlyRate)} an hour`,
      `${money(inputs.licencePerCustomerPerMonth)} per customer per month`,
      `${inputs.maintenanceMonths} months of maintenance`,
      `${inputs.contingencyPercent} % contingency`,
      ...(overridden ? [`your own hours for ${overridden} phase${overridden === 1 ? '' : 's'}`] : []),
    ]
      .join(', ')
      .concat('.');
  }

  #showNotices(notices: string[]): void {
    const box = this.querySelector<HTMLElement>('[data-notices]')!;
    const list = box.querySelector('ul')!;
    list.replaceChildren(
      ...notices.map((notice) => {
        const item = document.createElement('li');
        item.textContent = notice;
        return item;
      }),
    );
    box.hidden = notices.length === 0;
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
