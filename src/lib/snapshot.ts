import type { Models } from './models.ts';
import type { Site } from './schemas/site.ts';
import type { Theme } from './theme.ts';

/** One validated entry as pages receive it: its id, its file and the data its schema produced. */
export interface SnapshotEntry {
  id: string;
  /** Path relative to the project root, forward slashes (as problems name it). */
  file: string;
  data: unknown;
}

/** The ids a reference field holds: a list of ids, or one id (a request's `guide`); anything else holds none. */
export function referencedIds(value: unknown): string[] {
  if (typeof value === 'string') return [value];
  return Array.isArray(value) ? value.filter((id): id is string => typeof id === 'string') : [];
}

/** What pages need to know of a collection (the registry's facts, without its schema and templates). */
export interface SnapshotCollection {
  name: string;
  folder: string;
  extension: '.mdx' | '.yaml';
  /** Reader-facing names: one entry, the collection, and the header's (shorter) name for it. */
  label: { one: string; many: string; nav: string };
  /** One sentence for the index page. */
  description: string;
  /** Field that names an entry (default title) and field that summarises it (default summary). */
  titleField: string;
  summaryField: string;
  /** Fields holding ids of other entries, with the collection each points into. */
  references: Record<string, string>;
  /** Whether the header links to its index. */
  nav: boolean;
}

/**
 * The handbook exactly as `check` validated it, handed from the build (or the dev server) to the pages.
 * Plain JSON, so it can travel through a virtual module; pages derive everything else from it.
 */
export interface HandbookSnapshot {
  site: Site;
  /** The logo (with its size), accent and extra stylesheet from site.yaml, checked. */
  theme: Theme;
  models: Models;
  /** YYYY-MM-DD, for review dates. */
  today: string;
  /** The handbook's collections, in the order lists and the navigation show them. */
  collections: SnapshotCollection[];
  /** Entries by collection name. */
  entries: Record<string, SnapshotEntry[]>;
  /** When each entry's file last changed in git, by "<collection>/<id>"; empty without git history. */
  lastChanged: Record<string, string>;
}

/** The key of an entry in the snapshot's lookups and in the module map of entry bodies. */
export const entryKey = (collection: string, id: string) => `${collection}/${id}`;
