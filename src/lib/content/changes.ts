import { entryId } from '../schemas/common.ts';
import { collectionOfFolder, type Registry } from './collections.ts';
import { ignoredName, type SourceEntry } from './read.ts';

/** An entry file that a change removed (or renamed away). */
export interface RemovedEntry {
  collection: string;
  id: string;
  file: string;
}

/** What `check --changed` looks at. */
export type ChangeScope =
  /** A change to settings, models or the site itself can affect any entry: check them all. */
  | { kind: 'everything'; reason: string }
  | {
      kind: 'entries';
      /** Entries added or edited since the base. */
      changed: SourceEntry[];
      /** Entries deleted or renamed away since the base. */
      removed: RemovedEntry[];
      /** Files to check: the changed entries, the entries they refer to, and the entries that refer to them. */
      focus: Set<string>;
    };

/**
 * Which entries a change touches. `changedPaths` are the files changed since the base, relative to the
 * project root with forward slashes; `contentFolder` is the content folder the same way (e.g. "content").
 *
 * Entries are related when one names the other in a reference field, or mentions its page in its text
 * (`/<id>` after a slash: links, relative or not). That is a superset of the real links, which costs a
 * little time at worst and never misses a page a changed entry links to or is linked from.
 */
export function changeScope(
  sources: readonly SourceEntry[],
  changedPaths: readonly string[],
  contentFolder: string,
  registry: Registry,
): ChangeScope {
  const byFile = new Map(sources.map((source) => [source.file, source]));
  const changed: SourceEntry[] = [];
  const removed: RemovedEntry[] = [];
  const inContent = contentFolder === '' || contentFolder === '.' ? '' : `${contentFolder}/`;
  for (const path of changedPaths) {
    const source = byFile.get(path);
    if (source) {
      changed.push(source);
      continue;
    }
    const everything = siteWidePath(path, inContent);
    if (everything) return { kind: 'everything', reason: everything };
    if (!path.startsWith(inContent)) continue;
    const inside = path.slice(inContent.length);
    // Notes and drafts (`_x.mdx`, READMEs) are not published; the secret scan reads them on every check.
    if (inside.split('/').some(ignoredName)) continue;
    const entry = entryOfPath(inside, registry);
    // An entry file that is not there any more. Files that are there but are no entry (a bad name, a
    // nested folder) are problems the reader reports on every check.
    if (entry) removed.push({ ...entry, file: path });
    else if (!entryFileName(inside, registry))
      return { kind: 'everything', reason: `${path} changed, and any entry may show or link to a file next to it` };
  }

  const touched = [...changed.map((s) => ({ collection: s.collection, id: s.id })), ...removed];
  const focus = new Set(changed.map((source) => source.file));
  for (const source of sources) {
    if (focus.has(source.file)) continue;
    // Refers to a changed or removed entry...
    if (touched.some((entry) => refersTo(source, entry, registry))) focus.add(source.file);
    // ...or is referred to by a changed one.
    else if (changed.some((entry) => refersTo(entry, source, registry))) focus.add(source.file);
  }
  return { kind: 'entries', changed, removed, focus };
}

/** Why a changed path outside the entries means checking everything, or undefined when it does not. */
function siteWidePath(path: string, inContent: string): string | undefined {
  if (path.startsWith(inContent)) {
    const inside = path.slice(inContent.length);
    if (inside === 'site.yaml') return `${path} changed, and the settings apply to every entry`;
    if (inside.startsWith('models/')) return `${path} changed, and the models apply to every guide`;
    return undefined;
  }
  if (path.startsWith('public/')) return `${path} changed, and entries may show or link to anything in public/`;
  if (/^astro\.config\.[cm]?[jt]s$/.test(path)) return `${path} changed, and it can change the collections`;
  if (path === 'package.json' || path === 'package-lock.json')
    return `${path} changed, and a new version of the generator can check entries differently`;
  return undefined;
}

/** Whether a path inside the content folder has an entry's extension in a collection's folder, valid or not. */
function entryFileName(inside: string, registry: Registry): boolean {
  const [folder, ...rest] = inside.split('/');
  const collection = folder ? collectionOfFolder(registry, folder) : undefined;
  return !!collection && rest.length > 0 && inside.endsWith(registry[collection]!.extension);
}

/** The entry a path inside the content folder would be (`guides/x.mdx` → guides, x), if any. */
function entryOfPath(inside: string, registry: Registry): { collection: string; id: string } | undefined {
  const [folder, name, ...deeper] = inside.split('/');
  if (!folder || !name || deeper.length) return undefined;
  const collection = collectionOfFolder(registry, folder);
  const extension = collection ? registry[collection]!.extension : undefined;
  if (!collection || !extension || !name.endsWith(extension)) return undefined;
  const id = name.slice(0, -extension.length);
  return entryId.safeParse(id).success ? { collection, id } : undefined;
}

/** Whether `from` names `to` in one of its reference fields, or mentions its page in its text. */
function refersTo(from: SourceEntry, to: { collection: string; id: string }, registry: Registry): boolean {
  if (from.collection === to.collection && from.id === to.id) return false;
  const data = from.yaml.data as Record<string, unknown> | null | undefined;
  for (const [field, collection] of Object.entries(registry[from.collection]?.references ?? {})) {
    if (collection !== to.collection) continue;
    const value = data?.[field];
    if (Array.isArray(value) ? value.includes(to.id) : value === to.id) return true;
  }
  return mentions(from.text, to.id);
}

/** Whether `text` has `/<id>` ending at a path boundary: the form of every link to the entry's page. */
function mentions(text: string, id: string): boolean {
  const needle = `/${id}`;
  for (let at = text.indexOf(needle); at !== -1; at = text.indexOf(needle, at + 1)) {
    const next = text[at + needle.length];
    if (next === undefined || !/[a-z0-9-]/.test(next)) return true;
  }
  return false;
}
