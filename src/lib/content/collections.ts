import type { z } from 'zod';
import { antiPatternSchema } from '../schemas/anti-pattern.ts';
import { guideSchema } from '../schemas/guide.ts';
import { handbookPageSchema } from '../schemas/handbook-page.ts';
import { requestSchema } from '../schemas/request.ts';
import { securityNoteSchema } from '../schemas/security-note.ts';
import { systemSchema } from '../schemas/system.ts';
import type { SnapshotCollection } from '../snapshot.ts';

/**
 * One kind of entry, declared once: where its files live, how they are validated, what they are called,
 * which fields point at other entries, and which templates render them. Checks, routes, navigation,
 * labels, search facets, tags, backlinks, the home page and `playbook new` all read this declaration.
 */
export interface CollectionSpec {
  /** Folder inside the content folder, and the first segment of its pages' addresses. */
  readonly folder: string;
  /** `.mdx` for entries with a body, `.yaml` for entries that are data only. */
  readonly extension: '.mdx' | '.yaml';
  /** What authors type after `playbook new`, e.g. "guide". */
  readonly kind: string;
  /**
   * Reader-facing names, e.g. { one: 'Guide', many: 'Guides' }; `one`, lower-cased, names an entry in messages;
   * `nav`, when given, is the shorter name the header uses.
   */
  readonly label: { readonly one: string; readonly many: string; readonly nav?: string };
  /** One sentence under the index page's heading, saying what the collection holds. */
  readonly description: string;
  /** The frontmatter (or file) schema; a strict zod object. */
  readonly schema: z.ZodType;
  /** Field that names an entry, for lists, links and search (default `title`). */
  readonly titleField?: string;
  /** Field that summarises an entry in one paragraph (default `summary`). */
  readonly summaryField?: string;
  /** Fields that hold ids of other entries, and the collection each points into: checked, and shown as backlinks. */
  readonly references?: Readonly<Record<string, string>>;
  /**
   * The template of an entry's page and of the collection's index page (`.astro` files: URLs, or paths
   * relative to the project root). Default: the package's generic article and list.
   */
  readonly templates?: { readonly entry?: URL | string; readonly index?: URL | string };
  /** Whether the header links to the collection's index (default true). */
  readonly nav?: boolean;
}

/** The package's own templates, by path under src/routes/ (two levels up from src/lib/content and lib/lib/content alike). */
export const routeTemplate = (path: string) => new URL(`../../../src/routes/${path}`, import.meta.url);

/** The collections every handbook has, in the order messages, lists and the navigation show them. */
export const builtInCollections = {
  guides: {
    folder: 'guides',
    extension: '.mdx',
    kind: 'guide',
    label: { one: 'Guide', many: 'Guides' },
    description: 'Every integration guide, with its size, the systems involved and its status.',
    schema: guideSchema,
    references: { systems: 'systems', antiPatterns: 'antiPatterns', securityNotes: 'security', breakdown: 'guides' },
    templates: { entry: routeTemplate('guides/[id].astro'), index: routeTemplate('guides/index.astro') },
  },
  antiPatterns: {
    folder: 'anti-patterns',
    extension: '.mdx',
    kind: 'anti-pattern',
    label: { one: 'Anti-pattern', many: 'Anti-patterns' },
    description: 'Integration mistakes that keep coming back, most severe first, with the guides that warn about each.',
    schema: antiPatternSchema,
    templates: { entry: routeTemplate('reference/[id].astro'), index: routeTemplate('reference/index.astro') },
  },
  security: {
    folder: 'security',
    extension: '.mdx',
    kind: 'security',
    label: { one: 'Security note', many: 'Security notes', nav: 'Security' },
    description: 'Security practices every integration follows, most severe first, with the guides they apply to.',
    schema: securityNoteSchema,
    templates: { entry: routeTemplate('reference/[id].astro'), index: routeTemplate('reference/index.astro') },
  },
  systems: {
    folder: 'systems',
    extension: '.yaml',
    kind: 'system',
    label: { one: 'System', many: 'Systems' },
    description:
      'The systems our guides integrate: how each exchanges data, how it authenticates, and every guide that touches it.',
    schema: systemSchema,
    titleField: 'name',
    summaryField: 'notes',
    templates: { entry: routeTemplate('systems/[id].astro'), index: routeTemplate('systems/index.astro') },
  },
  handbook: {
    folder: 'handbook',
    extension: '.mdx',
    kind: 'handbook',
    label: { one: 'Handbook page', many: 'Handbook' },
    description: 'Guidance that applies to every integration: roles, phases, sizing, monitoring and checklists.',
    schema: handbookPageSchema,
  },
  requests: {
    folder: 'requests',
    extension: '.yaml',
    kind: 'request',
    label: { one: 'Integration request', many: 'Integration requests', nav: 'Requests' },
    description:
      'Integrations the team has been asked for, from intake to live: who asked, the systems, the score, the size and where each stands.',
    schema: requestSchema,
    summaryField: 'problem',
    references: { systems: 'systems', guide: 'guides', breakdown: 'requests' },
    templates: { entry: routeTemplate('requests/[id].astro') },
    // The pipeline (/pipeline/) is how readers reach requests; the header links there instead.
    nav: false,
  },
} as const satisfies Record<string, CollectionSpec>;

/** The name of a built-in collection, for code that reads one by name. */
export type CollectionName = keyof typeof builtInCollections;

/** Every collection of one handbook by name: the built-in ones, then any a team added. */
export type Registry = Readonly<Record<string, CollectionSpec>>;

/** The built-in collections alone, for handbooks that add none. */
export const defaultRegistry: Registry = builtInCollections;

/** Names of a registry's collections, in its order. */
export const collectionNames = (registry: Registry = defaultRegistry): string[] => Object.keys(registry);

/**
 * The registry of a handbook: the built-in collections and the team's `extra` ones. A name, folder or
 * kind used twice, or a reference to a collection that does not exist, is an error naming both.
 */
export function makeRegistry(extra: Readonly<Record<string, CollectionSpec>> = {}): Registry {
  const registry: Record<string, CollectionSpec> = { ...builtInCollections };
  for (const [name, spec] of Object.entries(extra)) {
    if (name in registry)
      throw new Error(`collections.${name}: a collection named "${name}" exists already (choose another name)`);
    for (const [other, existing] of Object.entries(registry)) {
      if (existing.folder === spec.folder)
        throw new Error(`collections.${name}: folder "${spec.folder}" is already the folder of ${other}`);
      if (existing.kind === spec.kind)
        throw new Error(`collections.${name}: kind "${spec.kind}" is already the kind of ${other}`);
    }
    if (!/^[a-z0-9]+(?:-[a-z0-9]+)*$/.test(spec.folder)) {
      throw new Error(
        `collections.${name}: folder "${spec.folder}" must be lower-case words joined by hyphens, such as "runbooks"`,
      );
    }
    registry[name] = spec;
  }
  for (const [name, spec] of Object.entries(registry)) {
    for (const [field, target] of Object.entries(spec.references ?? {})) {
      if (!(target in registry)) throw new Error(`collections.${name}.references.${field}: there is no collection "${target}"`);
    }
  }
  return registry;
}

/** The collection whose entries live in `folder`, if any. */
export function collectionOfFolder(registry: Registry, folder: string): string | undefined {
  return Object.keys(registry).find((name) => registry[name]!.folder === folder);
}

/** What pages need to know of each collection: the registry without its schemas and templates. */
export function collectionFacts(registry: Registry = defaultRegistry): SnapshotCollection[] {
  return Object.entries(registry).map(([name, spec]) => ({
    name,
    folder: spec.folder,
    extension: spec.extension,
    label: { one: spec.label.one, many: spec.label.many, nav: spec.label.nav ?? spec.label.many },
    description: spec.description,
    titleField: spec.titleField ?? 'title',
    summaryField: spec.summaryField ?? 'summary',
    references: { ...spec.references },
    nav: spec.nav ?? true,
  }));
}

/** What an entry is called in messages: "guide", "security note". */
export const nounOf = (spec: CollectionSpec) => spec.label.one.toLowerCase();

/** An entry's title and summary as lists, links and search show them. */
export function describeEntry(spec: CollectionSpec, data: unknown): { title: string; summary: string; tags: string[] } {
  const fields = (data ?? {}) as Record<string, unknown>;
  const text = (value: unknown) => (typeof value === 'string' ? value : '');
  const tags = Array.isArray(fields['tags']) ? fields['tags'].filter((tag): tag is string => typeof tag === 'string') : [];
  return { title: text(fields[spec.titleField ?? 'title']), summary: text(fields[spec.summaryField ?? 'summary']), tags };
}
