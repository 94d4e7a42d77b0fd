import { join } from 'node:path';
import { collectionFacts, defaultRegistry, type Registry } from '../lib/content/collections.ts';
import { countProblems, formatProblem, sortProblems, type Problem } from '../lib/content/problems.ts';
import { startHandbookCheck } from '../lib/content/validate.ts';
import type { DiagramVerdicts } from '../lib/diagrams/kept.ts';
import { lastChangedDates } from '../lib/git-dates.ts';
import type { HandbookLocation } from '../lib/settings.ts';
import { entryKey, type HandbookSnapshot, type SnapshotEntry } from '../lib/snapshot.ts';
import type { Site } from '../lib/schemas/site.ts';

/** What one validation of the handbook found: the snapshot pages render, and every problem. */
export interface HandbookCheck {
  snapshot: HandbookSnapshot;
  /** Absolute paths of the MDX entry files, by entry key, for the module map of bodies. */
  bodies: Map<string, string>;
  /** Every problem except the diagrams', which `diagramProblems` settles to. */
  problems: Problem[];
  diagramProblems: Promise<Problem[]>;
  /** The source of every authored diagram, for the build to draw. */
  diagramSources: string[];
}

/**
 * Reads and validates the handbook with `check`'s own rules and turns what passed into the snapshot
 * pages render, so that what the build publishes and what the dev server shows is what was checked.
 */
export async function checkForSite(
  location: HandbookLocation,
  env: Record<string, string | undefined>,
  options: { registry?: Registry; verdicts?: DiagramVerdicts } = {},
): Promise<HandbookCheck> {
  const registry = options.registry ?? defaultRegistry;
  const [report, changed] = await Promise.all([
    startHandbookCheck(location, env, options),
    lastChangedDates(location.contentDir),
  ]);
  const entries: Record<string, SnapshotEntry[]> = Object.fromEntries(Object.keys(registry).map((name) => [name, []]));
  const bodies = new Map<string, string>();
  const lastChanged: Record<string, string> = {};
  for (const entry of report.entries) {
    entries[entry.collection]!.push({ id: entry.id, file: entry.file, data: entry.data });
    const spec = registry[entry.collection]!;
    const path = join(location.contentDir, spec.folder, `${entry.id}${spec.extension}`);
    const key = entryKey(entry.collection, entry.id);
    if (spec.extension === '.mdx') bodies.set(key, path);
    const date = changed.get(path);
    if (date) lastChanged[key] = date;
  }
  return {
    snapshot: {
      site: report.site,
      theme: report.theme,
      models: report.models,
      today: report.today,
      collections: collectionFacts(registry),
      entries,
      lastChanged,
    },
    bodies,
    problems: report.problems,
    diagramProblems: report.diagramProblems,
    diagramSources: report.diagramSources,
  };
}

/** "The handbook has 3 errors; nothing is built until they are fixed" (no full stop, for use inside a sentence). */
export function errorSummary(problems: readonly Problem[]): string {
  const { errors } = countProblems(problems);
  return `The handbook has ${errors} error${errors === 1 ? '' : 's'}; nothing is built until they are fixed`;
}

/**
 * The error the dev server shows on every page while the handbook has errors; else undefined. It names
 * the first problem (the overlay opens its file at its line); the terminal has the whole report.
 */
/**
 * Problems as the dev server treats them: an unfinished entry (rule `unfinished`) is a warning there, so that an
 * author previews the entry while writing it; `check` and `build` still refuse it.
 */
export function forPreview(problems: readonly Problem[]): Problem[] {
  return problems.map((problem) =>
    problem.rule === 'unfinished' && problem.severity === 'error' ? { ...problem, severity: 'warning' } : problem,
  );
}

export function problemsError(problems: readonly Problem[], root: string): Error | undefined {
  const { errors } = countProblems(problems);
  if (errors === 0) return undefined;
  const first = sortProblems(problems).find((problem) => problem.severity === 'error')!;
  const more = errors > 1 ? `\n(and ${errors - 1} more, listed where playbook dev runs)` : '';
  const error = new Error(`${errorSummary(problems)}.\n${formatProblem(first)}${more}`);
  error.name = 'HandbookError';
  error.stack = error.message; // the report is the useful part, not our stack
  // Vite's and Astro's overlays open the file at the first problem.
  Object.assign(error, {
    id: join(root, first.file),
    loc: { file: join(root, first.file), line: first.line ?? 1, column: first.column ?? 1 },
    hint: first.hint ?? 'Run "npm run check" for the whole list.',
  });
  return error;
}

/** Settings Astro itself needs before any page: where the site lives. */
export type SitePlacement = Pick<Site, 'base' | 'url'>;

/** Checks started by `playbook build` before Astro, by content folder, for the integration to take over. */
const handedOver = new Map<string, HandbookCheck>();

/** Hands a check the command has already run to the integration that runs next for the same content folder. */
export function handOver(contentDir: string, check: HandbookCheck): void {
  handedOver.set(contentDir, check);
}

/** The check handed over for a content folder (once), or a new one. */
export function takeOverOrCheck(
  location: HandbookLocation,
  env: Record<string, string | undefined>,
  registry: Registry,
): Promise<HandbookCheck> {
  const check = handedOver.get(location.contentDir);
  handedOver.delete(location.contentDir);
  return check ? Promise.resolve(check) : checkForSite(location, env, { registry });
}
