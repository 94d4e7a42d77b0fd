import type { BodyHeading } from './body.ts';

/** What a page template needs to know of an entry to say which sections it adds. */
export interface EntryForAnchors {
  /** The entry's collection, e.g. "guides". */
  collection: string;
  /** Its data as written (frontmatter or YAML file). */
  data: unknown;
  /** Its body's headings (none for a YAML entry). */
  headings: readonly BodyHeading[];
  /** Collections of the entries that name it in a reference field. */
  citedBy: ReadonlySet<string>;
}

const listed = (value: unknown) => Array.isArray(value) && value.length > 0;
/** The table of contents shows its heading ("On this page") when it lists more than one second- or third-level heading. */
const tocShown = (headings: readonly { depth: number }[]) => headings.filter((h) => h.depth === 2 || h.depth === 3).length > 1;

/**
 * The anchors a page's template adds to an entry's page besides the body's headings, as the package's
 * templates render them (src/layouts and src/routes): every page has #main; a guide has #data-flow only with
 * a dataFlow, #breakdown only with a breakdown, #related only when it cites anti-patterns or security notes;
 * an anti-pattern or security note always lists the guides citing it (#citing); a system or another
 * collection's entry has #citing only when another entry cites it (a request never: its facts say); #toc-title comes with a table of contents.
 */
export function templateAnchors(entry: EntryForAnchors): string[] {
  const data = (entry.data ?? {}) as Record<string, unknown>;
  const anchors = ['main'];
  const add = (anchor: string, when: unknown) => void (when && anchors.push(anchor));
  switch (entry.collection) {
    case 'guides': {
      const added = [listed(data['dataFlow']), listed(data['breakdown']), listed(data['antiPatterns']) || listed(data['securityNotes'])];
      add('data-flow', added[0]);
      add('breakdown', added[1]);
      add('related', added[2]);
      add('toc-title', tocShown([...entry.headings, ...added.filter(Boolean).map(() => ({ depth: 2 }))]));
      break;
    }
    case 'antiPatterns':
    case 'security':
      anchors.push('citing');
      add('toc-title', tocShown([...entry.headings, { depth: 2 }]));
      break;
    case 'systems':
      add('citing', [...entry.citedBy].some((collection) => collection !== 'guides'));
      break;
    case 'requests':
      break; // its facts name its parts and what it is part of; no section is added

    default: {
      const cited = entry.citedBy.size > 0;
      add('citing', cited);
      add('toc-title', tocShown([...entry.headings, ...(cited ? [{ depth: 2 }] : [])]));
    }
  }
  return anchors;
}
