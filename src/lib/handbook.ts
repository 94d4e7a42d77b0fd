import GithubSlugger from 'github-slugger';
import type { AntiPattern } from './schemas/anti-pattern.ts';
import { antiPatternSeverities } from './schemas/anti-pattern.ts';
import type { Guide } from './schemas/guide.ts';
import type { HandbookPage } from './schemas/handbook-page.ts';
import type { SecurityNote } from './schemas/security-note.ts';
import { securitySeverities } from './schemas/security-note.ts';
import type { System, SystemCategory } from './schemas/system.ts';
import { systemCategories } from './schemas/system.ts';
import { reviewStatus, type ReviewStatus } from './review.ts';
import { referencedIds, type SnapshotCollection } from './snapshot.ts';

/** An entry as pages see it: its id and validated data. */
export interface Entry<T> {
  id: string;
  data: T;
}

/** The validated entries of the built-in collections, typed (a type, not an interface, so it is also a record by name). */
export type HandbookEntries = {
  guides: Entry<Guide>[];
  antiPatterns: Entry<AntiPattern>[];
  security: Entry<SecurityNote>[];
  systems: Entry<System>[];
  handbook: Entry<HandbookPage>[];
};

/** Any entry, named by its collection, with what lists show of it. */
export interface EntryRef {
  collection: string;
  id: string;
  title: string;
  summary: string;
}

/** A tag and every entry that carries it. */
export interface TagGroup {
  slug: string;
  label: string;
  entries: EntryRef[];
}

/** Everything pages read about a handbook, derived once per build. */
export interface Handbook extends HandbookEntries {
  /** The handbook's collections, in the order lists and the navigation show them. */
  collections: readonly SnapshotCollection[];
  /** One collection's facts by name (folder, labels); throws for a name the handbook does not have. */
  collection(name: string): SnapshotCollection;
  /** The entries of any collection, built-in or added, in list order. */
  entries(name: string): Entry<unknown>[];
  guide: ReadonlyMap<string, Entry<Guide>>;
  antiPattern: ReadonlyMap<string, Entry<AntiPattern>>;
  securityNote: ReadonlyMap<string, Entry<SecurityNote>>;
  system: ReadonlyMap<string, Entry<System>>;
  handbookPage: ReadonlyMap<string, Entry<HandbookPage>>;
  /** Guides that cite each anti-pattern, security note or system, by id. */
  citing: {
    antiPatterns: ReadonlyMap<string, Entry<Guide>[]>;
    security: ReadonlyMap<string, Entry<Guide>[]>;
    systems: ReadonlyMap<string, Entry<Guide>[]>;
  };
  /** Every entry, of any collection, that names the entry `id` of `collection` in a reference field. */
  citedBy(collection: string, id: string): EntryRef[];
  /** An entry's title and summary, by its collection's fields. */
  describe(collection: string, entry: Entry<unknown>): EntryRef;
  /** XL guides each guide is part of, by id. */
  partOf: ReadonlyMap<string, Entry<Guide>[]>;
  review: ReadonlyMap<string, ReviewStatus>;
  tags: TagGroup[];
  tagSlug(label: string): string;
  /** Guides grouped by the categories of their systems, in the schema's category order. */
  byCategory: { category: SystemCategory; guides: Entry<Guide>[] }[];
  today: string;
}

const byTitle = <T extends { title: string }>(a: Entry<T>, b: Entry<T>) => a.data.title.localeCompare(b.data.title);

/** Orders entries by severity, most severe first, then by title. */
export function bySeverity<T extends { title: string; severity: string }>(levels: readonly string[]) {
  return (a: Entry<T>, b: Entry<T>) => levels.indexOf(b.data.severity) - levels.indexOf(a.data.severity) || byTitle(a, b);
}

/** Slug of a tag for its URL: lower-case, hyphenated, stable for a given label. */
export function tagSlug(label: string): string {
  return new GithubSlugger().slug(label);
}

function groupBy<T>(items: readonly T[], keys: (item: T) => readonly string[]): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const item of items) {
    for (const key of new Set(keys(item))) {
      const group = groups.get(key);
      if (group) group.push(item);
      else groups.set(key, [item]);
    }
  }
  return groups;
}

/**
 * Derives every cross-reference the pages need (backlinks, guides per system, tags, review status) in
 * one pass over the entries. Linear in the number of entries; call once per build.
 */
export function buildHandbook(
  entries: Readonly<Record<string, readonly Entry<unknown>[]>>,
  today: string,
  /** The handbook's collections (a snapshot's, or `collectionFacts(registry)`). */
  collections: readonly SnapshotCollection[],
): Handbook {
  const listOf = <T>(name: string) => [...((entries[name] ?? []) as readonly Entry<T>[])];
  const guides = listOf<Guide>('guides').sort(byTitle);
  const antiPatterns = listOf<AntiPattern>('antiPatterns').sort(bySeverity(antiPatternSeverities));
  const security = listOf<SecurityNote>('security').sort(bySeverity(securitySeverities));
  const systems = listOf<System>('systems').sort((a, b) => a.data.name.localeCompare(b.data.name));
  const handbook = listOf<HandbookPage>('handbook').sort(
    (a, b) => (a.data.order ?? Infinity) - (b.data.order ?? Infinity) || byTitle(a, b),
  );
  const sorted: Record<string, Entry<unknown>[]> = { guides, antiPatterns, security, systems, handbook };
  const facts = new Map(collections.map((collection) => [collection.name, collection]));
  const all: Record<string, Entry<unknown>[]> = Object.fromEntries(
    collections.map(({ name }) => [
      name,
      sorted[name] ??
        listOf<{ title?: string }>(name).sort((a, b) => String(a.data.title ?? '').localeCompare(String(b.data.title ?? ''))),
    ]),
  );
  const describe = (collection: string, entry: Entry<unknown>): EntryRef => {
    const fields = (entry.data ?? {}) as Record<string, unknown>;
    const { titleField = 'title', summaryField = 'summary' } = facts.get(collection) ?? {};
    const text = (value: unknown) => (typeof value === 'string' ? value : '');
    return { collection, id: entry.id, title: text(fields[titleField]) || entry.id, summary: text(fields[summaryField]) };
  };
  const system = new Map(systems.map((s) => [s.id, s]));

  // Tags over every collection whose entries carry them; labels that differ only in case are one tag.
  const tagged = collections.flatMap(({ name }) =>
    (all[name] ?? []).flatMap((entry) => {
      const tags = (entry.data as { tags?: unknown }).tags;
      return Array.isArray(tags) ? [{ name, entry, tags: tags.filter((tag): tag is string => typeof tag === 'string') }] : [];
    }),
  );
  const labels = new Map<string, string>();
  const byTag = groupBy(tagged, ({ tags }) =>
    tags.map((label) => {
      const slug = tagSlug(label);
      if (!labels.has(slug)) labels.set(slug, label);
      return slug;
    }),
  );
  const tags = [...byTag.entries()]
    .map(([slug, items]) => ({
      slug,
      label: labels.get(slug) ?? slug,
      entries: items.map(({ name, entry }) => describe(name, entry)),
    }))
    .sort((a, b) => a.label.localeCompare(b.label));

  // Backlinks: every reference field of every collection, read once.
  const cited = new Map<string, EntryRef[]>();
  for (const collection of collections) {
    for (const [field, target] of Object.entries(collection.references)) {
      for (const entry of all[collection.name] ?? []) {
        for (const id of new Set(referencedIds((entry.data as Record<string, unknown>)[field]))) {
          const key = `${target}/${String(id)}`;
          const list = cited.get(key) ?? [];
          if (!list.some((ref) => ref.collection === collection.name && ref.id === entry.id))
            list.push(describe(collection.name, entry));
          cited.set(key, list);
        }
      }
    }
  }

  const categoryOf = (guide: Entry<Guide>) => guide.data.systems.map((id) => system.get(id)?.data.category ?? 'other');
  const byCategoryMap = groupBy(guides, categoryOf);

  return {
    guides,
    antiPatterns,
    security,
    systems,
    handbook,
    collections,
    entries: (name) => all[name] ?? [],
    collection: (name) => {
      const found = facts.get(name);
      if (!found) throw new Error(`integration-playbooks: this handbook has no collection "${name}"`);
      return found;
    },
    guide: new Map(guides.map((g) => [g.id, g])),
    antiPattern: new Map(antiPatterns.map((a) => [a.id, a])),
    securityNote: new Map(security.map((s) => [s.id, s])),
    system,
    handbookPage: new Map(handbook.map((page) => [page.id, page])),
    citing: {
      antiPatterns: groupBy(guides, (g) => g.data.antiPatterns),
      security: groupBy(guides, (g) => g.data.securityNotes),
      systems: groupBy(guides, (g) => g.data.systems),
    },
    citedBy: (collection, id) => cited.get(`${collection}/${id}`) ?? [],
    describe,
    partOf: groupBy(
      guides.filter((g) => g.data.size === 'XL'),
      (g) => g.data.breakdown ?? [],
    ),
    review: new Map(guides.map((g) => [g.id, reviewStatus(g.data.lastReviewed, g.data.reviewEveryMonths, today)])),
    tags,
    tagSlug,
    byCategory: systemCategories.flatMap((category) => {
      const list = byCategoryMap.get(category);
      return list ? [{ category, guides: list }] : [];
    }),
    today,
  };
}
