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

/** An entry as pages see it: its id and validated data. */
export interface Entry<T> {
  id: string;
  data: T;
}

/** The validated entries of a handbook, one list per collection. */
export interface HandbookEntries {
  guides: Entry<Guide>[];
  antiPatterns: Entry<AntiPattern>[];
  security: Entry<SecurityNote>[];
  systems: Entry<System>[];
  handbook: Entry<HandbookPage>[];
}

/** A tag and every entry that carries it. */
export interface TagGroup {
  slug: string;
  label: string;
  entries: { kind: TaggedKind; id: string; title: string; summary: string }[];
}
export type TaggedKind = 'guides' | 'antiPatterns' | 'security' | 'handbook';

/** Everything pages read about a handbook, derived once per build. */
export interface Handbook extends HandbookEntries {
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
 * Derives every cross-reference the pages need (backlinks, guides per system, tags, review
 * status) in one pass over the entries. Linear in the number of entries; call once per build.
 */
export function buildHandbook(entries: HandbookEntries, today: string): Handbook {
  const guides = [...entries.guides].sort(byTitle);
  const antiPatterns = [...entries.antiPatterns].sort(bySeverity(antiPatternSeverities));
  const security = [...entries.security].sort(bySeverity(securitySeverities));
  const systems = [...entries.systems].sort((a, b) => a.data.name.localeCompare(b.data.name));
  const handbook = [...entries.handbook].sort((a, b) => (a.data.order ?? Infinity) - (b.data.order ?? Infinity) || byTitle(a, b));
  const system = new Map(systems.map((s) => [s.id, s]));

  const tagged = [
    ...guides.map((e) => ({ kind: 'guides' as const, e })),
    ...antiPatterns.map((e) => ({ kind: 'antiPatterns' as const, e })),
    ...security.map((e) => ({ kind: 'security' as const, e })),
    ...handbook.map((e) => ({ kind: 'handbook' as const, e })),
  ];
  const labels = new Map<string, string>();
  const byTag = groupBy(tagged, ({ e }) =>
    e.data.tags.map((label) => {
      const slug = tagSlug(label);
      if (!labels.has(slug)) labels.set(slug, label);
      return slug;
    }),
  );
  const tags = [...byTag.entries()]
    .map(([slug, items]) => ({
      slug,
      label: labels.get(slug) ?? slug,
      entries: items.map(({ kind, e }) => ({ kind, id: e.id, title: e.data.title, summary: e.data.summary })),
    }))
    .sort((a, b) => a.label.localeCompare(b.label));

  const categoryOf = (guide: Entry<Guide>) => guide.data.systems.map((id) => system.get(id)?.data.category ?? 'other');
  const byCategoryMap = groupBy(guides, categoryOf);

  return {
    guides,
    antiPatterns,
    security,
    systems,
    handbook,
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
