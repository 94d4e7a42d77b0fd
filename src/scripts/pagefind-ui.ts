// Loads Pagefind's Component UI on demand: nothing of it is fetched until the reader opens search.
import { withBase } from '../lib/urls.ts';

/** Pagefind's instance as far as we use it. */
interface PagefindInstance {
  triggerSearchWithFilters(term: string, filters: Record<string, string[]>): void;
  on(event: 'search', callback: (term: string, filters: Record<string, string[]>) => void): void;
}
declare global {
  interface Window {
    PagefindComponents?: { getInstanceManager(): { getInstance(name?: string): PagefindInstance } };
  }
}

let loading: Promise<void> | undefined;

/** Adds Pagefind's stylesheet and script from the site's index folder, once. */
export function loadPagefindUi(base: string): Promise<void> {
  loading ??= new Promise((resolve, reject) => {
    const bundle = withBase(base, '/pagefind/');
    // In the "pagefind" cascade layer, below the site's own (see global.css), so our rules restyle it.
    const style = Object.assign(document.createElement('style'), {
      textContent: `@import url("${bundle}pagefind-component-ui.css") layer(pagefind);`,
    });
    const script = Object.assign(document.createElement('script'), { type: 'module', src: `${bundle}pagefind-component-ui.js` });
    script.addEventListener('load', () => resolve());
    script.addEventListener('error', () => reject(new Error('The search index did not load.')));
    document.head.append(style, script);
  });
  return loading;
}

/**
 * Our result template: title, a badge for the kind of entry, "Deprecated" where it applies, the excerpt
 * Pagefind highlights, and the sections that match, each linking to its heading's anchor. Values are escaped by
 * Pagefind's template engine; only the excerpts, which Pagefind builds from the indexed text, are inserted as
 * markup (for their <mark> highlights).
 */
export const resultTemplate =
  // Written without indentation: this text ships in the header's script on every page.
  '<li class="pf-result"><div class="pf-result-card"><div class="pf-result-content"><p class="pf-result-title">' +
  '<a class="pf-result-link" href="{{ meta.url | default(url) | safeUrl }}">{{ meta.title }}</a>' +
  '{{#if meta.type}} <span class="badge" data-tone="info">{{ meta.type }}</span>{{/if}}' +
  '{{#if meta.deprecated}} <span class="badge" data-tone="danger">Deprecated</span>{{/if}}</p>' +
  '{{#if excerpt}}<p class="pf-result-excerpt">{{+ excerpt +}}</p>{{/if}}</div></div>' +
  '{{#if sub_results}}<ul class="pf-heading-chips">{{#each sub_results as sub}}<li class="pf-heading-chip">' +
  '<a class="pf-heading-link" href="{{ sub.url | safeUrl }}">{{ sub.title }}</a>' +
  '<p class="pf-heading-excerpt">{{+ sub.excerpt +}}</p></li>{{/each}}</ul>{{/if}}</li>';
