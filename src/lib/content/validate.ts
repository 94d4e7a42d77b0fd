import type { z } from 'zod';
import type { Site } from '../schemas/site.ts';
import { readSiteSettings, type HandbookLocation } from '../settings.ts';
import { outlineMdx, type BodyHeading } from './body.ts';
import { collections, type CollectionName } from './collections.ts';
import { sortProblems, type Problem } from './problems.ts';
import { readHandbookSources, type SourceEntry } from './read.ts';
import { guideEffortProblems, guideReferenceProblems, type IdIndex } from './references.ts';
import { defaultModels, readModels, type Models } from '../models.ts';
import { schemaProblems } from './schema-problems.ts';
import { guideSectionProblems } from './sections.ts';
import { mermaidProblems, type MermaidFence } from '../diagrams/parse.ts';

/** An entry that passed its own schema (cross-references may still have failed). */
export interface CheckedEntry {
  collection: CollectionName;
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
  entries: CheckedEntry[];
  problems: Problem[];
}

/**
 * Validates parsed entries against the whole contract: each entry's schema and body, then the
 * references between entries. Pure over its input; reports every problem, not the first.
 */
export function checkSources(sources: readonly SourceEntry[], models: Models = defaultModels()): SourceCheck {
  const problems: Problem[] = [];
  const entries: CheckedEntry[] = [];
  const guides: SourceEntry[] = [];
  const diagrams: MermaidFence[] = [];
  for (const source of sources) {
    problems.push(...source.yaml.problems);
    let headings: BodyHeading[] = [];
    if (collections[source.collection].extension === '.mdx') {
      const body = outlineMdx(source.text, source.file);
      problems.push(...body.problems);
      headings = body.outline?.headings ?? [];
      for (const fence of body.outline?.fences ?? []) {
        if (fence.lang === 'mermaid') diagrams.push({ file: source.file, line: fence.line, source: fence.value });
      }
      if (source.collection === 'guides' && body.outline) problems.push(...guideSectionProblems(source.file, headings));
    }
    if (source.yaml.problems.length) continue;
    if (source.collection === 'guides') guides.push(source);
    const schema: z.ZodType = collections[source.collection].schema;
    const parsed = schema.safeParse(source.yaml.data ?? {});
    if (!parsed.success) {
      problems.push(...schemaProblems(parsed.error.issues, source.yaml.data, schema, { file: source.file, source: source.yaml }));
      continue;
    }
    entries.push({ collection: source.collection, id: source.id, file: source.file, data: parsed.data, headings });
  }
  // References are checked against every file that exists, valid or not, so one broken
  // entry does not cascade into "unknown id" errors in the entries that cite it.
  const idsOf = (name: CollectionName) => new Set(sources.filter((s) => s.collection === name).map((s) => s.id));
  const ids: IdIndex = {
    guides: idsOf('guides'),
    antiPatterns: idsOf('antiPatterns'),
    security: idsOf('security'),
    systems: idsOf('systems'),
    handbook: idsOf('handbook'),
  };
  const guideData = guides.map((entry) => ({
    id: entry.id,
    file: entry.file,
    data: (entry.yaml.data ?? {}) as Record<string, unknown>,
    source: entry.yaml,
  }));
  problems.push(...guideReferenceProblems(guideData, ids));
  problems.push(...guideEffortProblems(guideData, models.estimate.phases.map((phase) => phase.id)));
  return { entries, problems: sortProblems(problems), diagrams };
}

/** Reads and validates a whole handbook folder, site settings included, without building anything. */
export async function checkHandbook(
  location: HandbookLocation,
  env: Record<string, string | undefined> = {},
): Promise<HandbookReport> {
  const [{ site, problems: siteProblems }, read, { models, problems: modelProblems }] = await Promise.all([
    readSiteSettings(location, env),
    readHandbookSources(location.contentDir, location.root),
    readModels(location),
  ]);
  const checked = checkSources(read.entries, models);
  const diagramProblems = await mermaidProblems(checked.diagrams);
  return {
    site,
    entries: checked.entries,
    problems: sortProblems([...siteProblems, ...modelProblems, ...read.problems, ...checked.problems, ...diagramProblems]),
  };
}
