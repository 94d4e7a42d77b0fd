// Builders for entries in tests. `guideInput` and `systemInput` are typed by the schemas' input types but not
// validated; `source` reads an entry as the reader reads a file (YAML and frontmatter only). Schema checks happen
// where a test passes its sources to `checkSources`, the path `npm run check` uses.
import { stringify } from 'yaml';
import { builtInCollections, type CollectionName } from '../../src/lib/content/collections.ts';
import { parseEntry } from '../../src/lib/content/read.ts';
import type { GuideInput } from '../../src/lib/schemas/guide.ts';
import type { SystemInput } from '../../src/lib/schemas/system.ts';
import type { IntegrationRequest } from '../../src/lib/schemas/request.ts';
import { guideSections } from '../../src/lib/schemas/guide.ts';

/** A guide body with every required section, each long enough to count as finished (see finished.sectionWords). */
export const guideBody = guideSections
  .map(
    (name) =>
      `## ${name}\n\nAbout ${name.toLowerCase()}: what the team does at this step, who does it, what it needs from each system, and how a reader can tell that the step is done and the data is right.\n`,
  )
  .join('\n');

/** A minimal valid guide's frontmatter, with overrides. */
export function guideInput(overrides: Partial<GuideInput> = {}): GuideInput {
  return {
    title: 'Invoices to the ledger',
    summary: 'Moves invoices from billing to the ledger.',
    size: 'M',
    systems: ['zuora', 'netsuite'],
    owner: 'Finance Systems',
    lastReviewed: '2026-06-01',
    ...overrides,
  };
}

/** A minimal valid system, with overrides. */
export function systemInput(overrides: Partial<SystemInput> = {}): SystemInput {
  return { name: 'NetSuite', category: 'erp', api: ['rest'], auth: ['oauth2'], ...overrides };
}

/** A validated integration request (as the schema hands it to pages), with overrides: for tests of pure logic. */
export function request(id: string, overrides: Partial<IntegrationRequest> = {}): { id: string; data: IntegrationRequest } {
  return {
    id,
    data: {
      title: id,
      problem: 'A problem.',
      requester: 'Someone',
      businessOwner: 'Finance Team',
      systems: ['ledger'],
      newSystems: [],
      objects: ['Invoice'],
      trigger: 'schedule',
      personalData: false,
      score: { impact: 3, complexity: 3, cost: 3, risk: 3 },
      size: 'M',
      status: 'funnel',
      ...overrides,
    },
  };
}

/** The text of an MDX entry: frontmatter as YAML, then the body. */
export function mdx(frontmatter: object, body = guideBody): string {
  return `---\n${stringify(frontmatter)}---\n\n${body}`;
}

/** A source entry as the reader would produce it from a file. */
export function source(collection: CollectionName, id: string, data: object, body?: string) {
  const spec = builtInCollections[collection];
  const file = `content/${spec.folder}/${id}${spec.extension}`;
  const text = spec.extension === '.yaml' ? stringify(data) : mdx(data, body);
  return parseEntry(collection, id, file, text);
}

/** The files of a minimal valid handbook (two systems, one guide), by path inside a project, with overrides. */
export function minimalHandbook(files: Record<string, string | Uint8Array> = {}): Record<string, string | Uint8Array> {
  return {
    'content/systems/zuora.yaml': stringify(systemInput({ name: 'Zuora', category: 'billing' })),
    'content/systems/netsuite.yaml': stringify(systemInput()),
    'content/guides/invoices-to-ledger.mdx': mdx(guideInput()),
    ...files,
  };
}
