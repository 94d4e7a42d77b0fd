import type { Guide } from '../schemas/guide.ts';
import { collections, type CollectionName } from './collections.ts';
import type { Problem } from './problems.ts';
import type { YamlSource } from './source.ts';
import { didYouMean } from './suggest.ts';

/** A guide's frontmatter as written (it may have failed its schema), with where it came from. */
export interface GuideForReferences {
  id: string;
  file: string;
  data: Partial<Record<keyof Guide, unknown>>;
  source: Pick<YamlSource, 'locate'>;
}

/** The string items of a list an author wrote, with their positions; anything else is the schema's business. */
function idsIn(value: unknown): [number, string][] {
  return Array.isArray(value)
    ? value.flatMap((id, index) => (typeof id === 'string' ? [[index, id] as [number, string]] : []))
    : [];
}

/** Ids of every entry in each collection. */
export type IdIndex = Record<CollectionName, ReadonlySet<string>>;

const referenceFields = [
  { field: 'systems', collection: 'systems' },
  { field: 'antiPatterns', collection: 'antiPatterns' },
  { field: 'securityNotes', collection: 'security' },
  { field: 'breakdown', collection: 'guides' },
] as const satisfies readonly { field: keyof Guide; collection: CollectionName }[];

/**
 * Checks every id a guide names against the handbook: systems, anti-patterns, security notes
 * and the breakdown of an XL guide (which must name existing guides of size L or smaller).
 */
export function guideReferenceProblems(guides: readonly GuideForReferences[], ids: IdIndex): Problem[] {
  const sizeOf = new Map(guides.map((g) => [g.id, g.data.size]));
  const problems: Problem[] = [];
  for (const guide of guides) {
    for (const { field, collection } of referenceFields) {
      const folder = collections[collection].folder;
      for (const [index, id] of idsIn(guide.data[field])) {
        const at = { file: guide.file, ...guide.source.locate([field, index]), field: `${field}[${index}]` };
        if (!ids[collection].has(id)) {
          const known = [...ids[collection]].sort();
          problems.push({
            ...at,
            severity: 'error',
            message: `unknown ${collections[collection].noun} "${id}" (found: "${id}"; expected: the id of a file in ${folder}/)`,
            hint: didYouMean(id, known) ?? `add ${folder}/${id}${collections[collection].extension}; there are none yet`,
            rule: 'unknown-reference',
          });
          continue;
        }
        if (field !== 'breakdown') continue;
        if (id === guide.id) {
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
export function guideEffortProblems(guides: readonly GuideForReferences[], phaseIds: readonly string[]): Problem[] {
  const problems: Problem[] = [];
  for (const guide of guides) {
    const effort = guide.data.effort;
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
