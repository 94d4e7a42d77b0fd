import { searchFromQuery, searchToQuery } from '../lib/search-query.ts';
import { loadPagefindUi, resultTemplate } from './pagefind-ui.ts';

/**
 * `<search-page>`: the search page. Loads Pagefind, runs the search the URL describes (`?q=` and
 * filters), and keeps the URL in step as the reader types and filters, so a link shares the results.
 */
class SearchPage extends HTMLElement {
  async connectedCallback(): Promise<void> {
    const layout = this.querySelector<HTMLElement>('.search-layout');
    const loadingNote = this.querySelector<HTMLElement>('[data-loading]');
    if (!layout || !loadingNote) return;
    const results = layout.querySelector('pagefind-results');
    if (results && !results.querySelector('script')) {
      const template = Object.assign(document.createElement('script'), {
        type: 'text/pagefind-template',
        textContent: resultTemplate,
      });
      results.append(template);
    }
    // The layout is already in place (laid out before first paint); the note shows again only if search fails.
    try {
      await loadPagefindUi(this.dataset['base'] ?? '/');
    } catch (error) {
      loadingNote.textContent = (error as Error).message;
      loadingNote.removeAttribute('data-without-js');
      layout.hidden = true;
      return;
    }
    await customElements.whenDefined('pagefind-input');
    loadingNote.remove();
    const instance = window.PagefindComponents?.getInstanceManager().getInstance('default');
    if (!instance) return;
    const initial = searchFromQuery(new URLSearchParams(location.search));
    const input = layout.querySelector<HTMLInputElement>('pagefind-input input');
    if (initial.term || Object.keys(initial.filters).length) {
      if (input) input.value = initial.term;
      // Filters wait behind their control (opening them as the index loads would push the page down), unless the link chose some.
      if (Object.keys(initial.filters).length) layout.querySelector('details.search-filters')?.setAttribute('open', '');
      instance.triggerSearchWithFilters(initial.term, initial.filters);
    }
    // The reader came here to search: the box has the focus (the attribute alone does not reach Pagefind's input).
    input?.focus();
    instance.on('search', (term, filters) => {
      const chosen = Object.fromEntries(Object.entries(filters ?? {}).filter(([, values]) => values.length));
      history.replaceState(null, '', `${location.pathname}${searchToQuery({ term, filters: chosen })}`);
    });
  }
}

customElements.define('search-page', SearchPage);
