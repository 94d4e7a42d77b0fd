import type { Guide } from '../schemas/guide.ts';
import { nounOf, type Registry } from './collections.ts';
import type { Problem } from './problems.ts';
import type { YamlSource } from './source.ts';
import { didYouMean } from './suggest.ts';

/** An entry's frontmatter as written (it may have failed its schema), with where it came from. */
export interface EntryForReferences {
  collection: string;
  id: string;
  file: string;
  data: Record<string, unknown>;
  source: Pick<YamlSource, 'locate'>;
}

/** @deprecated the guide-only name of `EntryForReferences`. TODO: remove once no test uses it (this release). */
export type GuideForReferences = Omit<EntryForReferences, 'collection'> & { data: Partial<Record<keyof Guide, unknown>> };

/**
 * The ids a reference field holds as an author wrote them, each with its position: a list's string items by
 * index, or a single id (no index). Anything else is the schema's business.
 */
function idsIn(value: unknown): [number | undefined, string][] {
  if (typeof value === 'string') return [[undefined, value]];
  return Array.isArray(value)
    ? value.flatMap((id, index) => (typeof id === 'string' ? [[index, id] as [number, string]] : []))
    : [];
}

/** Ids of every entry in each collection, by collection name. */
export type IdIndex = Readonly<Record<string, ReadonlySet<string>>>;

/**
 * Checks every id an entry names in its reference fields (the registry's `references`) against the
 * handbook, with the closest id as a hint; and the breakdown of an XL guide, which must name existing
 * guides of size L or smaller, never itself.
 */
export function referenceProblems(entries: readonly EntryForReferences[], ids: IdIndex, registry: Registry): Problem[] {
  const sizeOf = new Map(entries.filter((e) => e.collection === 'guides').map((g) => [g.id, g.data['size']]));
  const problems: Problem[] = [];
  for (const entry of entries) {
    for (const [field, collection] of Object.entries(registry[entry.collection]?.references ?? {})) {
      const target = registry[collection]!;
      const known = ids[collection] ?? new Set<string>();
      for (const [index, id] of idsIn(entry.data[field])) {
        const at =
          index === undefined
            ? { file: entry.file, ...entry.source.locate([field]), field }
            : { file: entry.file, ...entry.source.locate([field, index]), field: `${field}[${index}]` };
        if (!known.has(id)) {
          problems.push({
            ...at,
            severity: 'error',
            message: `unknown ${nounOf(target)} "${id}" (found: "${id}"; expected: the id of a file in ${target.folder}/)`,
            hint: didYouMean(id, [...known].sort()) ?? `add ${target.folder}/${id}${target.extension}; there are none yet`,
            rule: 'unknown-reference',
          });
          continue;
        }
        if (entry.collection !== 'guides' || field !== 'breakdown') continue;
        if (id === entry.id) {
          problems.push({
            ...at,
            severity: 'error',
            message: `a guide cannot be part of its own breakdown (found: "${id}")`,
            hint: 'list the smaller guides the work is split into',
            rule: 'xl-breakdown',
          });
        } else if (sizeOf.get(id) === 'XL') {
          problems.push({
            ...at,
            severity: 'error',
            message: `the breakdown names an XL guide (found: "${id}", size XL; expected: guides of size L or smaller)`,
            hint: `break "${id}" down further and list its parts here instead`,
            rule: 'xl-breakdown',
          });
        }
      }
    }
  }
  return problems;
}

/** Checks that a guide's `effort` names only phases of the estimation model. */
export function guideEffortProblems(
  guides: readonly Omit<EntryForReferences, 'collection'>[],
  phaseIds: readonly string[],
): Problem[] {
  const problems: Problem[] = [];
  for (const guide of guides) {
    const effort = guide.data['effort'];
    if (!effort || typeof effort !== 'object') continue;
    for (const phase of Object.keys(effort)) {
      if (phaseIds.includes(phase)) continue;
      const hint = didYouMean(phase, phaseIds);
      problems.push({
        file: guide.file,
        ...guide.source.locate(['effort', phase]),
        severity: 'error',
        field: `effort.${phase}`,
        message: `unknown phase "${phase}" (expected one of the estimation model's phases: ${phaseIds.join(', ')})`,
        ...(hint ? { hint } : {}),
        rule: 'unknown-reference',
      });
    }
  }
  return problems;
}
