// Generates a realistic handbook that follows the content contract, deterministic for a seed.
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { stringify } from 'yaml';
import { guideSections } from '../lib/vocabulary.ts';

/** A small seeded PRNG (mulberry32): the same seed gives the same handbook. */
function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const systemNames = [
  'Salesforce',
  'HubSpot',
  'Zuora',
  'NetSuite',
  'Workday',
  'Docebo',
  'Zendesk',
  'Snowflake',
  'SAP',
  'Okta',
  'Jira',
  'Stripe',
];
const categories = [
  'crm',
  'marketing',
  'billing',
  'erp',
  'hr',
  'learning',
  'support',
  'data-warehouse',
  'erp',
  'other',
  'other',
  'billing',
];
const objects = [
  'Account',
  'Contact',
  'Invoice',
  'Payment',
  'Subscription',
  'Worker',
  'Order',
  'Credit memo',
  'Ticket',
  'Course',
];
const words = (
  'the integration reads changed records since the last high-water mark and upserts them on the external id so that a retry never ' +
  'creates a duplicate while timestamps are stored as epoch milliseconds in UTC and converted at the edge a compare job counts ' +
  'records and totals on both sides every night and alerts the owner when the difference exceeds the tolerance the service account ' +
  'has only the permissions it needs and its secret lives in the vault rate limits are respected with exponential backoff and jitter'
).split(' ');

function sentence(next: () => number): string {
  const length = 12 + Math.floor(next() * 14);
  const picked = Array.from({ length }, () => words[Math.floor(next() * words.length)]!);
  return `${picked.join(' ').replace(/^./, (c) => c.toUpperCase())}.`;
}

function paragraph(next: () => number, sentences: number): string {
  return Array.from({ length: sentences }, () => sentence(next)).join(' ');
}

/** Writes `guides` guides (plus systems, anti-patterns and security notes) into `dir`; returns the words written. */
export async function generateHandbook(dir: string, guides: number, seed = 1): Promise<{ words: number }> {
  const next = random(seed);
  for (const folder of ['guides', 'systems', 'anti-patterns', 'security']) await mkdir(join(dir, folder), { recursive: true });
  const systemIds = systemNames.map((name) => name.toLowerCase());
  await Promise.all(
    systemNames.map((name, i) =>
      writeFile(
        join(dir, 'systems', `${systemIds[i]}.yaml`),
        stringify({ name, category: categories[i], api: ['rest'], auth: ['oauth2'] }),
      ),
    ),
  );
  for (const [folder, id, severity] of [
    ['anti-patterns', 'point-to-point-integrations', 'high'],
    ['anti-patterns', 'ignoring-error-handling', 'high'],
    ['security', 'secrets-in-code-or-configuration', 'critical'],
    ['security', 'least-privilege-service-accounts', 'high'],
  ] as const) {
    const front = stringify({ title: id.replace(/-/g, ' '), summary: 'Generated for the benchmark.', severity });
    await writeFile(join(dir, folder, `${id}.mdx`), `---\n${front}---\n\n## What it is\n\n${paragraph(next, 6)}\n`);
  }
  let total = 0;
  const sizes = ['S', 'M', 'L'] as const;
  for (let index = 0; index < guides; index++) {
    const n = String(index + 1).padStart(5, '0');
    const a = Math.floor(next() * systemIds.length);
    const b = (a + 1 + Math.floor(next() * (systemIds.length - 1))) % systemIds.length;
    const from = systemIds[a]!;
    const to = systemIds[b]!;
    const object = objects[Math.floor(next() * objects.length)]!;
    const xl = index % 50 === 49;
    const front = {
      title: `${systemNames[a]} ${object.toLowerCase()} to ${systemNames[b]} ${n}`,
      summary: `Moves ${object.toLowerCase()} records from ${systemNames[a]} to ${systemNames[b]} incrementally, with upserts and a nightly compare job.`,
      size: xl ? 'XL' : sizes[index % 3],
      ...(xl ? { breakdown: [`guide-${String(index).padStart(5, '0')}`] } : {}),
      systems: [from, to],
      // Every third guide has no data flow, so pages without a diagram are measured too.
      ...(index % 3 === 2 ? {} : { dataFlow: [{ from, to, objects: [object], trigger: 'schedule', sync: 'incremental' }] }),
      antiPatterns: ['point-to-point-integrations'],
      securityNotes: ['secrets-in-code-or-configuration'],
      score: {
        impact: 1 + (index % 5),
        complexity: 1 + ((index * 3) % 5),
        cost: 1 + ((index * 7) % 5),
        risk: 1 + ((index * 11) % 5),
      },
      owner: 'Integration team',
      lastReviewed: '2026-10-01',
      tags: [object.toLowerCase().replace(/ /g, '-'), index % 2 ? 'finance' : 'people'],
    };
    const sections = guideSections.map((name, s) => {
      let body = `## ${name}\n\n${paragraph(next, 4 + Math.floor(next() * 3))}\n\n${paragraph(next, 3)}\n`;
      if (s === 3)
        body += `\n| Source field | Target field | Rule |\n| --- | --- | --- |\n| Id | externalId | upsert key |\n| Name | companyName | trim, max 83 |\n| UpdatedAt | lastModified | epoch ms, UTC |\n`;
      if (s === 2) body += '\n```json\n{ "batchSize": 200, "retry": { "attempts": 5, "backoff": "exponential" } }\n```\n';
      if (s === 4 && index % 10 === 0)
        body +=
          '\n```mermaid\nsequenceDiagram\n  Source->>Worker: changed records\n  Worker->>Target: upsert\n  Target-->>Worker: 429\n  Worker->>Target: retry with backoff\n```\n';
      return body;
    });
    const text = `---\n${stringify(front)}---\n\n${sections.join('\n')}`;
    total += text.split(/\s+/).length;
    await writeFile(join(dir, 'guides', `guide-${n}.mdx`), text);
  }
  return { words: total };
}
