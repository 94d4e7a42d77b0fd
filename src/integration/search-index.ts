import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import * as pagefind from 'pagefind';

/**
 * Indexes the built site with Pagefind after every `astro build`, into `<outDir>/pagefind/`, so that
 * `npm run build` alone produces a searchable site and `npm run preview` serves the index.
 * Only elements marked `data-pagefind-body` (the entry pages' main content) are indexed.
 */
export function searchIndex(): AstroIntegration {
  return {
    name: 'playbook-search-index',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const started = performance.now();
        const site = fileURLToPath(dir);
        const { index, errors } = await pagefind.createIndex({});
        if (!index) throw new Error(`Pagefind could not start: ${errors.join('; ')}`);
        const added = await index.addDirectory({ path: site });
        if (added.errors.length) throw new Error(`Pagefind could not index the site: ${added.errors.join('; ')}`);
        const written = await index.writeFiles({ outputPath: `${site}pagefind` });
        if (written.errors.length) throw new Error(`Pagefind could not write the index: ${written.errors.join('; ')}`);
        await pagefind.close();
        const seconds = ((performance.now() - started) / 1000).toFixed(2);
        logger.info(`Search index: ${added.page_count} pages in ${seconds} s.`);
      },
    },
  };
}
