import type { CollectionName } from './content/collections.ts';
import type { Models } from './models.ts';
import type { Site } from './schemas/site.ts';

/** One validated entry as pages receive it: its id, its file and the data its schema produced. */
export interface SnapshotEntry {
  id: string;
  /** Path relative to the project root, forward slashes (as problems name it). */
  file: string;
  data: unknown;
}

/**
 * The handbook exactly as `check` validated it, handed from the build (or the dev server) to the pages.
 * Plain JSON, so it can travel through a virtual module; pages derive everything else from it.
 */
export interface HandbookSnapshot {
  site: Site;
  models: Models;
  /** YYYY-MM-DD, for review dates. */
  today: string;
  entries: Record<CollectionName, SnapshotEntry[]>;
  /** When each entry's file last changed in git, by "<collection>/<id>"; empty without git history. */
  lastChanged: Record<string, string>;
}

/** The key of an entry in the snapshot's lookups and in the module map of entry bodies. */
export const entryKey = (collection: CollectionName, id: string) => `${collection}/${id}`;
