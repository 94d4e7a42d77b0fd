import { loadPagefindUi, resultTemplate } from './pagefind-ui.ts';

/**
 * `<site-search>`: the header's Search link becomes a button that opens Pagefind's search dialog,
 * also on "/" and Ctrl/⌘+K. Without JavaScript the link leads to the search page.
 */
class SiteSearch extends HTMLElement {
  connectedCallback(): void {
    const link = this.querySelector('a');
    if (!link) return;
    link.setAttribute('role', 'button');
    link.setAttribute('aria-haspopup', 'dialog');
    link.addEventListener('click', (event) => {
      if (event.metaKey || event.ctrlKey || event.shiftKey) return; // a new tab still gets the search page
      event.preventDefault();
      void this.#open();
    });
    document.addEventListener('keydown', (event) => {
      const typing = (event.target as HTMLElement).closest('input, textarea, select, [contenteditable]');
      if ((event.key === 'k' && (event.metaKey || event.ctrlKey)) || (event.key === '/' && !typing)) {
        event.preventDefault();
        void this.#open();
      }
    });
  }

  async #open(): Promise<void> {
    // On the search page itself, the search is already there.
    const inline = document.querySelector<HTMLInputElement>('search-page pagefind-input input');
    if (inline) return inline.focus();
    await loadPagefindUi(this.dataset['base'] ?? '/');
    let modal = document.querySelector<HTMLElement & { open(): void }>('pagefind-modal');
    if (!modal) {
      const config = document.createElement('pagefind-config');
      config.setAttribute('base-url', this.dataset['base'] ?? '/');
      modal = document.createElement('pagefind-modal') as HTMLElement & { open(): void };
      modal.innerHTML =
        '<pagefind-modal-header><pagefind-input placeholder="Search the handbook" debounce="150"></pagefind-input></pagefind-modal-header>' +
        '<pagefind-modal-body><details class="search-filters"><summary>Filters</summary><pagefind-filter-pane></pagefind-filter-pane></details>' +
        `<pagefind-summary></pagefind-summary><pagefind-results max-sub-results="2"><script type="text/pagefind-template">${resultTemplate}</script></pagefind-results>` +
        '</pagefind-modal-body><pagefind-modal-footer><pagefind-keyboard-hints></pagefind-keyboard-hints></pagefind-modal-footer>';
      document.body.append(config, modal);
    }
    await customElements.whenDefined('pagefind-modal');
    modal.open();
  }
}

customElements.define('site-search', SiteSearch);
