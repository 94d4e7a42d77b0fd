// The one place pages get handbook data: the snapshot the integration validated, read through a virtual
// module, with everything derived from it computed once per snapshot (once per build; once per change in dev).
import type { MarkdownHeading } from 'astro';
import { buildHandbook, type Entry, type Handbook } from '../lib/handbook.ts';
import type { Models } from '../lib/models.ts';
import type { Site } from '../lib/schemas/site.ts';
import type { Theme } from '../lib/theme.ts';
import { entryKey, type HandbookSnapshot, type SnapshotCollection } from '../lib/snapshot.ts';

// Imported on each call, not at the top: the dev server replaces the module when the handbook changes,
// and the next page load must see the new one.
const snapshot = async (): Promise<HandbookSnapshot> => (await import('virtual:integration-playbooks/handbook')).default;

const derived = new WeakMap<HandbookSnapshot, Handbook>();

// What a team's replacement component may read (package export integration-playbooks/data): the handbook,
// its settings, and `link` for addresses under the site's base path.
export { link } from './links.ts';
export type { Site } from '../lib/schemas/site.ts';

/** Every entry with its derived cross-references; computed once per snapshot, then reused by every page. */
export async function getHandbook(): Promise<Handbook> {
  const current = await snapshot();
  let handbook = derived.get(current);
  if (!handbook) {
    handbook = buildHandbook(current.entries as Record<string, Entry<unknown>[]>, current.today, current.collections);
    derived.set(current, handbook);
  }
  return handbook;
}

/** The validated site settings. */
export async function getSite(): Promise<Site> {
  return (await snapshot()).site;
}

/** The look site.yaml asks for: logo, accent colour, extra stylesheet. */
export async function getTheme(): Promise<Theme> {
  return (await snapshot()).theme;
}

/** The estimation and scoring models. */
export async function getModels(): Promise<Models> {
  return (await snapshot()).models;
}

/** When an entry's file last changed, from git history; undefined without it. */
export async function lastChanged(collection: string, id: string): Promise<string | undefined> {
  return (await snapshot()).lastChanged[entryKey(collection, id)];
}

/** An MDX entry's body as a component, with its headings. */
export async function renderEntry(
  collection: string,
  id: string,
): Promise<{ Content: (props: Record<string, unknown>) => unknown; headings: MarkdownHeading[] }> {
  const bodies = (await import('virtual:integration-playbooks/bodies')).default;
  const load = bodies[entryKey(collection, id)];
  if (!load) throw new Error(`integration-playbooks: no body for ${entryKey(collection, id)}`);
  const module = await load();
  return { Content: module.default, headings: module.getHeadings() };
}

/** The collection a generic page template renders, from its route ("/runbooks/[id]" → the collection in runbooks/). */
export async function collectionOfRoute(routePattern: string): Promise<SnapshotCollection> {
  const folder = routePattern.split('/').filter(Boolean)[0];
  const collection = (await snapshot()).collections.find((candidate) => candidate.folder === folder);
  if (!collection) throw new Error(`integration-playbooks: no collection is served under /${folder}/`);
  return collection;
}
