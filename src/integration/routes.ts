import type { InjectedRoute } from 'astro';
import { routeTemplate, type Registry } from '../lib/content/collections.ts';

/** The pages every handbook has besides its collections: the home page, tags, tools and errors. */
const fixedRoutes: InjectedRoute[] = [
  { pattern: '/', entrypoint: routeTemplate('index.astro') },
  { pattern: '/404', entrypoint: routeTemplate('404.astro') },
  { pattern: '/tags', entrypoint: routeTemplate('tags/index.astro') },
  { pattern: '/tags/[tag]', entrypoint: routeTemplate('tags/[tag].astro') },
  { pattern: '/quote', entrypoint: routeTemplate('quote.astro') },
  { pattern: '/portfolio', entrypoint: routeTemplate('portfolio.astro') },
  { pattern: '/pipeline', entrypoint: routeTemplate('pipeline/index.astro') },
  { pattern: '/pipeline/[by]/[value]', entrypoint: routeTemplate('pipeline/[by]/[value].astro') },
  { pattern: '/search', entrypoint: routeTemplate('search.astro') },
];

/**
 * Every page of a handbook site: the fixed pages, and for each collection its index and entry pages,
 * rendered by the collection's templates or the generic ones (which read the collection from the route).
 */
export function routesOf(registry: Registry): InjectedRoute[] {
  return [
    ...fixedRoutes,
    ...Object.values(registry).flatMap((spec) => [
      { pattern: `/${spec.folder}`, entrypoint: spec.templates?.index ?? routeTemplate('entries/index.astro') },
      { pattern: `/${spec.folder}/[id]`, entrypoint: spec.templates?.entry ?? routeTemplate('entries/[id].astro') },
    ]),
  ];
}
