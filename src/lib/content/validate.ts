import type { z } from 'zod';
import type { Site } from '../schemas/site.ts';
import type { Theme } from '../theme.ts';
import { readSiteSettings, type HandbookLocation } from '../settings.ts';
import { outlineMdx, type BodyHeading, type BodyLink, type BodySection } from './body.ts';
import { unfinishedProblems, type FinishedRules } from './finished.ts';
import { templateAnchors } from './page-anchors.ts';
import { defaultRegistry, type Registry } from './collections.ts';
import { sortProblems, type Problem } from './problems.ts';
import { displayPath, readHandbookSources, type SourceEntry } from './read.ts';
import { changeScope, type ChangeScope } from './changes.ts';
import { guideEffortProblems, referenceProblems } from './references.ts';
import { defaultModels, readModels, type Models } from '../models.ts';
import { schemaProblems } from './schema-problems.ts';
import { guideSectionProblems } from './sections.ts';
import { join } from 'node:path';
import type { Guide } from '../schemas/guide.ts';
import { overdueReview, today } from '../review.ts';
import { tagSlug } from '../handbook.ts';
import { linkProblems, siteMap, type SiteMap } from './links.ts';
import { entryPath } from '../urls.ts';
import { referencedIds } from '../snapshot.ts';
import { monitoringProblems } from './monitoring.ts';
import { actualsProblems } from './actuals.ts';
import { secretProblems } from './secrets.ts';
import { contentPolicyProblems } from './policy.ts';
import { entryComponents } from '../entry-components.ts';
import { publicFolderProblems } from './public-folder.ts';
import { keptVerdicts, verdictsDir, type DiagramVerdicts } from '../diagrams/kept.ts';
import { startDiagramCheck, type MermaidFence } from '../diagrams/parse.ts';

/** An entry that passed its own schema (cross-references may still have failed). */
export interface CheckedEntry {
  /** The collection's name in the registry. */
  collection: string;
  id: string;
  file: string;
  data: unknown;
  headings: BodyHeading[];
}

/** Parsed but not yet checked by Mermaid: what `checkSources` hands on to the async diagram check. */
export interface SourceCheck {
  entries: CheckedEntry[];
  problems: Problem[];
  /** Every ```mermaid fence in every entry, for `mermaidProblems`. */
  diagrams: MermaidFence[];
}

/** Everything `check` learns about a handbook. */
export interface HandbookReport {
  site: Site;
  /** The look site.yaml asks for: logo, accent, extra stylesheet. */
  theme: Theme;
  models: Models;
  /** The day reviews were judged against, YYYY-MM-DD. */
  today: string;
  entries: CheckedEntry[];
  /** How many entry files were read, valid or not. */
  checkedFiles: number;
  problems: Problem[];
  /** What a check of a change (`check --changed`) covered; undefined for a full check. */
  scope?: ChangeScope;
}

/** What the whole-handbook rules need besides the entries. */
export interface CheckOptions {
  /** The handbook's collections (default: the built-in ones). */
  registry?: Registry;
  models?: Models;
  /** Absolute project root: entry files are `root/<file>`. */
  root?: string;
  /** The site's public/ folder, where root-relative images and files live. */
  publicDir?: string;
  /** The content folder; relative images must be inside it. */
  contentDir?: string;
  /** Today, YYYY-MM-DD, for overdue-review warnings; none are given without it. */
  today?: string;
  /**
   * Only these entry files (root-relative) are checked, as `check --changed` asks; the others are read
   * for what the focus refers to. Problems are the same as a full check's for the files in focus.
   */
  focus?: ReadonlySet<string>;
  /** What a finished entry needs (site.yaml `finished`); without it, entries are checked as well-formed only. */
  finished?: FinishedRules;
}

/**
 * Validates parsed entries against the whole contract: each entry's schema and body, then the
 * references between entries. Pure over its input; reports every problem, not the first.
 */
export function checkSources(sources: readonly SourceEntry[], options: CheckOptions = {}): SourceCheck {
  const models = options.models ?? defaultModels();
  const registry = options.registry ?? defaultRegistry;
  const root = options.root ?? process.cwd();
  const problems: Problem[] = [];
  const entries: CheckedEntry[] = [];
  const diagrams: MermaidFence[] = [];
  const bodies: { source: SourceEntry; headings: BodyHeading[]; links: BodyLink[] }[] = [];
  const inFocus = (file: string) => !options.focus || options.focus.has(file);
  for (const source of sources) {
    if (!inFocus(source.file)) continue;
    problems.push(...source.yaml.problems);
    let headings: BodyHeading[] = [];
    let sections: BodySection[] | undefined;
    const spec = registry[source.collection];
    if (!spec) throw new Error(`checkSources: "${source.collection}" is not a collection of this handbook`);
    if (spec.extension === '.mdx') {
      const body = outlineMdx(source.text, source.file);
      problems.push(...body.problems);
      if (body.tree) problems.push(...contentPolicyProblems(body.tree, source.file, { components: entryComponents }));
      headings = body.outline?.headings ?? [];
      sections = body.outline?.sections;
      if (body.outline) bodies.push({ source, headings, links: body.outline.links });
      for (const fence of body.outline?.fences ?? []) {
        if (fence.lang === 'mermaid') diagrams.push({ file: source.file, line: fence.line, source: fence.value });
      }
      if (source.collection === 'guides' && body.outline) problems.push(...guideSectionProblems(source.file, headings));
    }
    if (source.yaml.problems.length) continue;
    const schema: z.ZodType = spec.schema;
    const parsed = schema.safeParse(source.yaml.data ?? {});
    if (!parsed.success) {
      problems.push(...schemaProblems(parsed.error.issues, source.yaml.data, schema, { file: source.file, source: source.yaml }));
      continue;
    }
    entries.push({ collection: source.collection, id: source.id, file: source.file, data: parsed.data, headings });
    if (options.finished) {
      const entry = { collection: source.collection, file: source.file, data: parsed.data, yaml: source.yaml, text: source.text };
      problems.push(...unfinishedProblems(sections ? { ...entry, sections } : entry, options.finished));
    }
    if (source.collection === 'guides') problems.push(...monitoringProblems(parsed.data as Guide, source, models.monitoring));
    if (source.collection === 'guides' && options.today) {
      const guide = parsed.data as Guide;
      const review = overdueReview(guide, options.today);
      if (review) {
        problems.push({
          file: source.file,
          ...source.yaml.locate(['lastReviewed']),
          severity: 'warning',
          field: 'lastReviewed',
          message: `review overdue by ${review.daysOverdue} days (last reviewed ${guide.lastReviewed}; due ${review.due}; owner: ${guide.owner})`,
          hint: 'check the guide against the systems, then set lastReviewed to the day you did',
          rule: 'review-due',
        });
      }
    }
  }
  problems.push(...actualsProblems(entries, models, options.contentDir ? displayPath(root, options.contentDir) : 'content'));
  // References are checked against every file that exists, valid or not, so one broken
  // entry does not cascade into "unknown id" errors in the entries that cite it.
  const ids: Record<string, Set<string>> = Object.fromEntries(Object.keys(registry).map((name) => [name, new Set<string>()]));
  for (const source of sources) ids[source.collection]?.add(source.id);
  const asWritten = sources
    .filter((source) => !source.yaml.problems.length)
    .map((source) => ({
      collection: source.collection,
      id: source.id,
      file: source.file,
      data: (source.yaml.data ?? {}) as Record<string, unknown>,
      source: source.yaml,
    }));
  const focused = (list: Problem[]) => list.filter((problem) => inFocus(problem.file));
  problems.push(...focused(referenceProblems(asWritten, ids, registry)));
  problems.push(
    ...focused(
      guideEffortProblems(
        asWritten.filter((entry) => entry.collection === 'guides' && inFocus(entry.file)),
        models.estimate.phases.map((phase) => phase.id),
      ),
    ),
  );

  // Links are checked against the pages the site will have: every entry, index and tag page.
  const tagged = sources.flatMap((s) => {
    const tags = (s.yaml.data as { tags?: unknown } | undefined)?.tags;
    return Array.isArray(tags)
      ? tags.flatMap((label, index) => (typeof label === 'string' ? [{ label, index, source: s }] : []))
      : [];
  });
  // Every tag, in focus or not: a changed entry's new tag can collide with a tag of any other entry.
  problems.push(...tagProblems(tagged));
  const tagLabels = tagged.map((t) => t.label);
  const headingsOf = new Map(bodies.map(({ source, headings }) => [source, headings]));
  const pages = handbookPages(
    sources,
    registry,
    tagLabels,
    // Outside the focus, a page's headings are read only when a link in focus needs them.
    (source) =>
      headingsOf.get(source) ??
      (inFocus(source.file) || registry[source.collection]!.extension !== '.mdx'
        ? []
        : () => outlineMdx(source.text, source.file).outline?.headings ?? []),
  );
  const publicDir = options.publicDir ?? join(root, 'public');
  for (const { source, links } of bodies) {
    const url = entryPath(registry[source.collection]!.folder, source.id);
    problems.push(
      ...linkProblems({ file: source.file, path: join(root, source.file), url }, links, pages, publicDir, options.contentDir),
    );
  }
  return { entries, problems: sortProblems(problems), diagrams };
}

/**
 * The pages a handbook's site will have, with the anchors each will carry: every entry's page (its body's
 * headings and the sections its template adds for that entry), every collection index, tag page and fixed page.
 */
export function handbookPages(
  sources: readonly SourceEntry[],
  registry: Registry,
  tagLabels: readonly string[],
  headings: (source: SourceEntry) => readonly BodyHeading[] | (() => readonly BodyHeading[]) = (source) =>
    registry[source.collection]!.extension === '.mdx' ? () => outlineMdx(source.text, source.file).outline?.headings ?? [] : [],
): SiteMap {
  // Which collections cite each entry: templates add a "cited by" section only to an entry something cites.
  const citedBy = new Map<string, Set<string>>();
  for (const source of sources) {
    const data = (source.yaml.data ?? {}) as Record<string, unknown>;
    for (const [field, target] of Object.entries(registry[source.collection]!.references ?? {})) {
      for (const id of referencedIds(data[field])) {
        const key = `${target}/${id}`;
        citedBy.set(key, (citedBy.get(key) ?? new Set()).add(source.collection));
      }
    }
  }
  return siteMap(
    sources.map((source) => ({
      folder: registry[source.collection]!.folder,
      id: source.id,
      template: (list: readonly BodyHeading[]) =>
        templateAnchors({
          collection: source.collection,
          data: source.yaml.data,
          headings: list,
          citedBy: citedBy.get(`${source.collection}/${source.id}`) ?? new Set(),
        }),
      headings: headings(source),
    })),
    [...new Set(tagLabels.map(tagSlug))],
    Object.values(registry).map((spec) => spec.folder),
  );
}

/**
 * Tags become pages under /tags/<slug>/: a tag whose slug is empty has no page, and tags whose slugs
 * collide ("C", "C#" and "C++" are all /tags/c/) would be merged into one page under one of their names.
 */
function tagProblems(tagged: readonly { label: string; index: number; source: SourceEntry }[]): Problem[] {
  const problems: Problem[] = [];
  const first = new Map<string, { label: string; file: string }>();
  for (const { label, index, source } of tagged) {
    const at = { file: source.file, ...source.yaml.locate(['tags', index]), severity: 'error' as const, field: `tags[${index}]` };
    const slug = tagSlug(label);
    if (!slug) {
      problems.push({
        ...at,
        message: `tag "${label}" makes no page address (found: "${label}"; expected: a tag with at least one letter or digit)`,
        hint: 'use a word for the tag, e.g. "launch" instead of "🚀"',
        rule: 'tag-slug',
      });
      continue;
    }
    const earlier = first.get(slug);
    // "Finance" and "finance" are one tag written two ways; "C#" and "C++" are two tags that would share one page.
    const same = (a: string, b: string) => a.trim().toLowerCase() === b.trim().toLowerCase();
    if (!earlier) first.set(slug, { label, file: source.file });
    else if (!same(earlier.label, label)) {
      problems.push({
        ...at,
        message: `tag "${label}" would share the page /tags/${slug}/ with "${earlier.label}" (in ${earlier.file}), merging the two`,
        hint: `write it as "${earlier.label}" if they are the same tag, or rename one so that their addresses differ (e.g. "csharp" for "C#")`,
        rule: 'tag-slug',
      });
    }
  }
  return problems;
}

/** A handbook check whose Mermaid parses may still be running on another thread. */
export interface StartedCheck extends HandbookReport {
  /** Settles to the problems of the ```mermaid fences, which `problems` (not yet sorted) does not hold. */
  diagramProblems: Promise<Problem[]>;
  /** The source of every ```mermaid fence checked, for the build to draw. */
  diagramSources: string[];
}

/**
 * Reads and validates a whole handbook folder, site settings included, and leaves its diagrams
 * being parsed by Mermaid on a worker thread, so a build can go on meanwhile.
 */
export async function startHandbookCheck(
  location: HandbookLocation,
  env: Record<string, string | undefined> = {},
  options: {
    /** The handbook's collections (default: the built-in ones). */
    registry?: Registry;
    /** Mermaid's verdicts on diagrams it parsed before (default: those kept in the project, see `verdictsDir`). */
    verdicts?: DiagramVerdicts;
    /** Check only what these files (changed since a base, root-relative) touch: see `changeScope`. */
    changed?: readonly string[];
  } = {},
): Promise<StartedCheck> {
  const registry = options.registry ?? defaultRegistry;
  const diagrams = startDiagramCheck(options.verdicts ?? keptVerdicts(verdictsDir(location.root, env)));
  const read = readHandbookSources(location.contentDir, location.root, registry);
  const scope = options.changed
    ? changeScope(read.entries, options.changed, displayPath(location.root, location.contentDir), registry)
    : undefined;
  const focus = scope?.kind === 'entries' ? scope.focus : undefined;
  const entriesInFocus = focus ? read.entries.filter((entry) => focus.has(entry.file)) : read.entries;
  // Mermaid loads on its thread while the entries are parsed, when there is a diagram it has not seen before.
  diagrams.warmUp(entriesInFocus.map((entry) => entry.text));
  const [{ site, theme, problems: siteProblems }, { models, problems: modelProblems }] = await Promise.all([
    readSiteSettings(location, env),
    readModels(location),
  ]);
  const publicFolder = publicFolderProblems(join(location.root, 'public'), location.root);
  // Every text file that is published or shapes what is published: entries, settings, models, public/.
  const allowlist = new Set(site.secretAllowlist);
  const texts = [...entriesInFocus, ...read.otherText, ...publicFolder.textFiles];
  const secrets = (await Promise.all(texts.map((file) => secretProblems(file.file, file.text, allowlist)))).flat();
  const day = today(env);
  const checked = checkSources(read.entries, {
    registry,
    models,
    root: location.root,
    contentDir: location.contentDir,
    today: day,
    // Broken settings fall back to the defaults; judging entries by rules the team may have tuned would mislead.
    ...(site.finished && !siteProblems.some((problem) => problem.severity === 'error') ? { finished: site.finished } : {}),
    ...(focus ? { focus } : {}),
  });
  return {
    site,
    theme,
    models,
    today: day,
    entries: checked.entries,
    checkedFiles: entriesInFocus.length,
    problems: [...siteProblems, ...modelProblems, ...read.problems, ...publicFolder.problems, ...secrets, ...checked.problems],
    diagramProblems: diagrams.check(checked.diagrams),
    diagramSources: checked.diagrams.map((diagram) => diagram.source),
    ...(scope ? { scope } : {}),
  };
}

/** Reads and validates a whole handbook folder, site settings and diagrams included, without building anything. */
export async function checkHandbook(
  location: HandbookLocation,
  env: Record<string, string | undefined> = {},
  registry: Registry = defaultRegistry,
  /** Check only what these files (changed since a base, root-relative) touch: see `changeScope`. */
  changed?: readonly string[],
): Promise<HandbookReport> {
  const { diagramProblems, diagramSources: _drawn, ...report } = await startHandbookCheck(location, env, { registry, ...(changed ? { changed } : {}) });
  return { ...report, problems: sortProblems([...report.problems, ...(await diagramProblems)]) };
}
