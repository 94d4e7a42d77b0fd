import { filterFromQuery, filterKeys, filterToQuery, matchesFilter, type GuideFilter } from '../lib/guide-filter.ts';
import { plural } from '../lib/plural.ts';

/**
 * `<guide-filter>`: narrows the server-rendered guide list by size, system, tag and status.
 * Without JavaScript the form stays hidden and every guide is listed.
 */
class GuideFilterElement extends HTMLElement {
  connectedCallback() {
    const form = this.querySelector('form');
    const items = [...this.querySelectorAll<HTMLElement>('[data-guide]')];
    const status = this.querySelector('[role="status"]');
    if (!form || !status) return;
    const select = (key: keyof GuideFilter) => form.elements.namedItem(key) as HTMLSelectElement;
    const allowed = Object.fromEntries(
      filterKeys.map((key) => [key, new Set([...select(key).options].map((o) => o.value))]),
    ) as Record<keyof GuideFilter, Set<string>>;

    const apply = (filter: GuideFilter) => {
      let shown = 0;
      for (const item of items) {
        const facets = {
          size: item.dataset['size'] ?? '',
          systems: (item.dataset['systems'] ?? '').split(' '),
          tags: (item.dataset['tags'] ?? '').split(' '),
          status: item.dataset['status'] ?? '',
        };
        const match = matchesFilter(facets, filter);
        item.hidden = !match;
        if (match) shown++;
      }
      status.textContent = `Showing ${shown} of ${plural(items.length, 'guide')}.`;
    };

    const fromForm = (): GuideFilter => ({
      size: select('size').value,
      system: select('system').value,
      tag: select('tag').value,
      status: select('status').value,
    });

    const initial = filterFromQuery(new URLSearchParams(location.search), allowed);
    for (const key of filterKeys) select(key).value = initial[key];
    apply(initial);

    form.addEventListener('change', () => {
      const filter = fromForm();
      apply(filter);
      history.replaceState(null, '', `${location.pathname}${filterToQuery(filter)}`);
    });
    form.addEventListener('reset', () => {
      // The reset event fires before the fields are cleared.
      setTimeout(() => {
        apply(fromForm());
        history.replaceState(null, '', location.pathname);
      });
    });
  }
}

customElements.define('guide-filter', GuideFilterElement);
