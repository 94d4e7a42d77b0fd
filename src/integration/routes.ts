import type { InjectedRoute } from 'astro';

/** A page template of the package, by its path under src/routes/. */
const template = (path: string) => new URL(`../routes/${path}`, import.meta.url);

/** Every page of a handbook site: the URL pattern and the template that renders it. */
export const routes: InjectedRoute[] = [
  { pattern: '/', entrypoint: template('index.astro') },
  { pattern: '/404', entrypoint: template('404.astro') },
  { pattern: '/guides', entrypoint: template('guides/index.astro') },
  { pattern: '/guides/[id]', entrypoint: template('guides/[id].astro') },
  { pattern: '/anti-patterns', entrypoint: template('anti-patterns/index.astro') },
  { pattern: '/anti-patterns/[id]', entrypoint: template('anti-patterns/[id].astro') },
  { pattern: '/security', entrypoint: template('security/index.astro') },
  { pattern: '/security/[id]', entrypoint: template('security/[id].astro') },
  { pattern: '/systems', entrypoint: template('systems/index.astro') },
  { pattern: '/systems/[id]', entrypoint: template('systems/[id].astro') },
  { pattern: '/handbook', entrypoint: template('handbook/index.astro') },
  { pattern: '/handbook/[id]', entrypoint: template('handbook/[id].astro') },
  { pattern: '/tags', entrypoint: template('tags/index.astro') },
  { pattern: '/tags/[tag]', entrypoint: template('tags/[tag].astro') },
  { pattern: '/quote', entrypoint: template('quote.astro') },
  { pattern: '/portfolio', entrypoint: template('portfolio.astro') },
  { pattern: '/search', entrypoint: template('search.astro') },
];
