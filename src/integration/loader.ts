import { glob } from 'astro/loaders';
import type { Loader } from 'astro/loaders';
import { folderHasEntries } from '../lib/content/read.ts';

/**
 * Astro's glob loader for one collection folder, except that a folder that is missing or empty
 * is an empty collection, silently: a handbook need not have every kind of entry.
 */
export function collectionLoader(folder: string, extension: string): Loader {
  const inner = glob({ base: folder, pattern: `[!_.]*${extension}`, retainBody: false });
  return {
    name: 'playbook-loader',
    load: async (context) => {
      if (!folderHasEntries(folder, extension)) {
        context.store.clear();
        return;
      }
      await inner.load(context);
    },
  };
}
