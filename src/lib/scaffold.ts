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

/** A system as a title may name it: by its name or its id. */
export interface KnownSystem {
  id: string;
  name: string;
}

/** Words that start a title without naming a system ("Sync invoices from Zuora"). */
const leadingWords = new Set(
  'a an the how why what when where sync syncing synchronise synchronize export exporting import importing send sending push pull load loading migrate migrating migration move copy map mapping update create post replicate reconcile reconciling compare provision provisioning deprovision deprovisioning onboard onboarding offboard offboarding archive archiving stream streaming daily nightly weekly hourly monthly bulk incremental new'.split(
    ' ',
  ),
);
/** What joins the systems of a title: "A to B", "A and B", "A → B", "A, B". */
const connectors = /\s+(?:to|from|into|onto|and|with|via|between|through|for|in|on|of|then)\s+|\s*(?:->|→|⇒|[,/&+|])\s*|\s+-\s+/iu;
const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** A pattern matching any of `phrases`, as written, only as whole words: no letter, digit or _ on either side. */
export const wholeWords = (phrases: readonly string[], flags = 'u') =>
  new RegExp(`(?<![\\p{L}\\p{N}_])(?:${phrases.map(escapeRegExp).join('|')})(?![\\p{L}\\p{N}_])`, flags);

/**
 * The systems a title names, by name or id, case-insensitively ("Greenhouse hires to Workday" names
 * `workday`), in the order the title names them; and the names in it that match no system ("Greenhouse"):
 * in each part of the title between connectors ("to", "and", "→", …) that names no known system, the
 * leading run of capitalised words, unless it is a word titles start with ("Sync", "Nightly").
 */
export function systemsNamedIn(title: string, systems: readonly KnownSystem[]): { ids: string[]; unknown: string[] } {
  const found: { id: string; index: number; length: number }[] = [];
  for (const system of systems) {
    const spellings = [system.name, system.id, system.id.replace(/-/g, ' ')].filter(Boolean);
    for (const spelling of spellings) {
      const match = wholeWords([spelling], 'iu').exec(title);
      if (match) {
        found.push({ id: system.id, index: match.index, length: spelling.length });
        break;
      }
    }
  }
  found.sort((a, b) => a.index - b.index || b.length - a.length);
  // A longer name wins over a shorter one inside it ("Google Workspace" over "Google").
  const kept = found.filter(
    (hit, i) => !found.some((other, j) => j !== i && other.length > hit.length && other.index <= hit.index && other.index + other.length >= hit.index + hit.length),
  );
  const ids = [...new Set(kept.map((hit) => hit.id))];
  const masked = kept.reduce(
    (text, hit) => text.slice(0, hit.index) + '\0'.repeat(hit.length) + text.slice(hit.index + hit.length),
    title,
  );
  const unknown: string[] = [];
  for (const part of masked.split(connectors)) {
    if (!part || part.includes('\0')) continue;
    const words = part.trim().split(/\s+/);
    const name: string[] = [];
    for (const word of words) {
      if (!/^[\p{Lu}\p{N}]/u.test(word)) break;
      if (!name.length && leadingWords.has(word.toLowerCase())) break;
      name.push(word);
    }
    const text = name.join(' ').replace(/[.:;!?)"']+$/, '');
    if (text && !unknown.includes(text)) unknown.push(text);
  }
  return { ids, unknown };
}

/**
 * What the templates write for the author to replace. `check` knows them too: an entry that still holds
 * one is not finished (see src/lib/content/finished.ts).
 */
export const templateText = {
  summary: (title: string) => `One paragraph on ${title}: what it is and why it matters. At most 280 characters.`,
  /** Matches the summary the templates write, whatever the title. */
  summaryPattern: /^One paragraph on [\s\S]*: what it is and why it matters\. At most 280 characters\.$/,
  owner: 'Your team',
};

/** The guidance each section of a new entry holds, as an MDX comment, by section heading ('' for a body without one). */
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
const referenceGuidance = {
  'The risk': 'What goes wrong, and how it is found.',
  'What to do': 'The practice, step by step.',
  'What it looks like': 'How to recognise it in a project.',
  'Why it hurts': 'What it costs, with an example.',
  'What to do instead': 'The better pattern.',
};
const handbookGuidance = 'Guidance that applies to every integration.';
const collectionGuidance = (noun: string) => `The ${noun} itself.`;

/** Every guidance text the templates write (a collection a team adds gets "The <noun> itself."). */
export const templateGuidance: readonly (string | RegExp)[] = [
  ...Object.values(guidance),
  ...Object.values(referenceGuidance),
  handbookGuidance,
  new RegExp(`^${collectionGuidance('[a-z -]+').replace('.', '\\.')}$`),
];

function sectionsWithGuidance(headings: (keyof typeof referenceGuidance)[]): string[] {
  return headings.flatMap((heading) => [`## ${heading}`, '', `{/* ${referenceGuidance[heading]} */}`, '']);
}

/**
 * The text of a new entry of a kind: every required field (with a comment saying what goes there)
 * and, for guides, every required section with guidance. `systemIds` are the systems the title names
 * (`systemsNamedIn`), written into every field that holds system ids. Not finished as written: `check`
 * names each placeholder and empty section (and a guide without systems) until the author has replaced them.
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
  const summary = yamlString(templateText.summary(title));
  let text: string;
  switch (kind) {
    case 'guide':
      text = [
        '---',
        `title: ${yamlString(title)}`,
        `summary: ${summary}`,
        '# S, M, L or XL; an XL guide lists the smaller guides it is split into under breakdown:',
        'size: M',
        `# Ids of files in systems/: the systems this guide integrates${systemIds.length ? ' (those the title names)' : ''}.`,
        `systems: [${systemIds.join(', ')}]`,
        '# dataFlow:            # optional: the flows, drawn as a diagram',
        `#   - { from: ${systemIds[0] ?? 'a'}, to: ${systemIds[1] ?? systemIds[0] ?? 'b'}, objects: [Invoice], trigger: schedule, sync: incremental }`,
        '# antiPatterns: []     # optional: ids in anti-patterns/',
        '# securityNotes: []    # optional: ids in security/',
        '# score: { impact: 3, complexity: 3, cost: 3, risk: 3 }   # optional, each 1-5',
        `owner: ${yamlString(templateText.owner)}`,
        '# status: draft   # while you write: what check finds is a warning, and search leaves the guide out',
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
              ...sectionsWithGuidance(['The risk', 'What to do']),
            ]
          : [...sectionsWithGuidance(['What it looks like', 'Why it hurts', 'What to do instead'])]),
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
    case 'request':
      text = [
        `title: ${yamlString(title)}`,
        `problem: ${summary}`,
        `requester: ${yamlString(templateText.owner)}`,
        `businessOwner: ${yamlString(templateText.owner)}`,
        `# Ids of files in systems/${systemIds.length ? ' (those the title names)' : ''}; systems the handbook lacks go under newSystems, by name.`,
        `systems: [${systemIds.join(', ')}]`,
        '# newSystems: [Okta]',
        'objects: [Record]',
        '# volume: { records: 200, per: day }   # per hour, day, week, month or year',
        '# event, schedule or manual',
        'trigger: schedule',
        '# deadline: 2027-03-31',
        'personalData: false',
        '# Each 1 (low) to 5 (high): business value, difficulty, cost, and harm if it fails.',
        'score: { impact: 3, complexity: 3, cost: 3, risk: 3 }',
        '# mandatory: { kind: regulation, name: "…", deadline: 2027-01-01 }   # regulation or contract',
        '# S, M, L or XL',
        'size: M',
        '# funnel, planned, building, live (name its guide: guide: <id>) or declined',
        'status: funnel',
        '# estimatedHours: 60',
        '# actualHours: 72',
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
        `{/* ${handbookGuidance} */}`,
        '',
      ].join('\n');
      break;
    default: {
      // A collection a team added: its title and summary, the systems the title names in any field that
      // holds system ids, and room for the rest (check names what is missing).
      const fields = [
        `title: ${yamlString(title)}`,
        `summary: ${summary}`,
        ...Object.entries(spec.references ?? {})
          .filter(([, target]) => target === 'systems')
          .map(([field]) => `${field}: [${systemIds.join(', ')}]`),
      ];
      text =
        spec.extension === '.yaml'
          ? [...fields, ''].join('\n')
          : [
              '---',
              ...fields,
              '---',
              '',
              `{/* ${collectionGuidance(spec.label.one.toLowerCase())} */}`,
              '',
            ].join('\n');
      break;
    }
  }
  return { collection, id, path, text };
}
