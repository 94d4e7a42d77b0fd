import anyAscii from 'any-ascii';
import { defaultRegistry, type Registry } from './content/collections.ts';
import { guideSections } from './vocabulary.ts';

/** The kinds `playbook new` makes, as authors type them ("guide", "anti-pattern", …), with their collections. */
export function entryKinds(registry: Registry = defaultRegistry): Record<string, string> {
  return Object.fromEntries(Object.entries(registry).map(([name, spec]) => [spec.kind, name]));
}

/** A new entry: where it goes and what it says. */
export interface Scaffold {
  collection: string;
  id: string;
  /** Path inside the content folder, e.g. guides/salesforce-to-netsuite.mdx. */
  path: string;
  text: string;
}

/**
 * An id from a title, in the lower-case kebab-case `check` accepts for any title: "Salesforce to NetSuite" →
 * "salesforce-to-netsuite", "Société Générale" → "societe-generale", "日本語" → "ribenyu" (transliterated).
 * Empty when the title holds no letter or digit at all.
 */
export function idFromTitle(title: string): string {
  return anyAscii(title)
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
}

const yamlString = (text: string) => JSON.stringify(text);

const guidance: Record<(typeof guideSections)[number], string> = {
  Introduction: 'What this integration does, for whom, and why it exists. Name the systems and the business process.',
  Prerequisites: 'Accounts, sandboxes, API access, service accounts with least privilege, and decisions needed before building.',
  'Configuration steps':
    'Numbered steps to set up each system and the integration itself. Keep credentials out: refer to the secret manager.',
  'Data transformation': 'Field mappings (a table), identifiers and upserts, incremental processing, time zones and formats.',
  'Error handling': 'Retries with backoff, idempotency, what alerts whom, and how failed records are parked and replayed.',
  Testing: 'Test accounts and data, the cases to run, and a compare job that checks source against destination.',
  Deployment: 'How it goes live: order of steps, cut-over, rollback, who signs off.',
  Maintenance: 'Monitoring, owners, review cadence, and what to check when a vendor changes its API.',
};

/**
 * The text of a new entry of a kind: every required field (with a comment saying what goes there)
 * and, for guides, every required section with guidance. Valid as written, so `npm run check` passes.
 */
export function scaffold(
  kind: string,
  title: string,
  today: string,
  systemIds: readonly string[],
  id = idFromTitle(title),
  registry: Registry = defaultRegistry,
): Scaffold {
  const collection = entryKinds(registry)[kind];
  const spec = collection ? registry[collection] : undefined;
  if (!collection || !spec) throw new Error(`scaffold: no collection makes entries of kind "${kind}"`);
  const path = `${spec.folder}/${id}${spec.extension}`;
  const summary = yamlString(`One paragraph on ${title}: what it is and why it matters. At most 280 characters.`);
  let text: string;
  switch (kind) {
    case 'guide':
      text = [
        '---',
        `title: ${yamlString(title)}`,
        `summary: ${summary}`,
        '# S, M, L or XL; an XL guide lists the smaller guides it is split into under breakdown:',
        'size: M',
        `# Ids of files in systems/. Replace with the systems this guide integrates.`,
        `systems: [${systemIds.slice(0, 2).join(', ')}]`,
        '# dataFlow:            # optional: the flows, drawn as a diagram',
        `#   - { from: ${systemIds[0] ?? 'a'}, to: ${systemIds[1] ?? systemIds[0] ?? 'b'}, objects: [Invoice], trigger: schedule, sync: incremental }`,
        '# antiPatterns: []     # optional: ids in anti-patterns/',
        '# securityNotes: []    # optional: ids in security/',
        '# score: { impact: 3, complexity: 3, cost: 3, risk: 3 }   # optional, each 1-5',
        'owner: "Your team"',
        'status: draft',
        `lastReviewed: ${today}`,
        'tags: []',
        '---',
        '',
        ...guideSections.flatMap((section) => [`## ${section}`, '', `{/* ${guidance[section]} */}`, '']),
      ].join('\n');
      break;
    case 'anti-pattern':
    case 'security':
      text = [
        '---',
        `title: ${yamlString(title)}`,
        `summary: ${summary}`,
        kind === 'security' ? '# low, medium, high or critical' : '# low, medium or high',
        `severity: ${kind === 'security' ? 'high' : 'medium'}`,
        'tags: []',
        '---',
        '',
        ...(kind === 'security'
          ? [
              '## The risk',
              '',
              '{/* What goes wrong, and how it is found. */}',
              '',
              '## What to do',
              '',
              '{/* The practice, step by step. */}',
              '',
            ]
          : [
              '## What it looks like',
              '',
              '{/* How to recognise it in a project. */}',
              '',
              '## Why it hurts',
              '',
              '{/* What it costs, with an example. */}',
              '',
              '## What to do instead',
              '',
              '{/* The better pattern. */}',
              '',
            ]),
      ].join('\n');
      break;
    case 'system':
      text = [
        `name: ${yamlString(title)}`,
        '# crm, billing, erp, support, hr, marketing, learning, file-transfer, data-warehouse, integration-platform or other',
        'category: other',
        '# rest, soap, graphql, webhook, bulk, sftp, file, database',
        'api: [rest]',
        '# oauth2, api-key, basic, ssh-key, saml, token',
        'auth: [oauth2]',
        '# docs: https://…   # the vendor’s API documentation',
        '# notes: rate limits, sandboxes, quirks an integrator should know',
        '',
      ].join('\n');
      break;
    case 'handbook':
      text = [
        '---',
        `title: ${yamlString(title)}`,
        `summary: ${summary}`,
        '# order: 100   # optional: position in the handbook list',
        'tags: []',
        '---',
        '',
        '{/* Guidance that applies to every integration. */}',
        '',
      ].join('\n');
      break;
    default:
      // A collection a team added: its title and summary, and room for the rest (check names what is missing).
      text =
        spec.extension === '.yaml'
          ? [`title: ${yamlString(title)}`, `summary: ${summary}`, ''].join('\n')
          : [
              '---',
              `title: ${yamlString(title)}`,
              `summary: ${summary}`,
              '---',
              '',
              `{/* The ${spec.label.one.toLowerCase()} itself. */}`,
              '',
            ].join('\n');
      break;
  }
  return { collection, id, path, text };
}
