import { readFile, rename } from 'node:fs/promises';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { projectRoot, runPlaybook, runPlaybookHere } from '../helpers/build.ts';
import { page } from '../helpers/html.ts';
import { makeProject } from '../helpers/project.ts';

// A team adds a collection of its own ("runbooks") with one registry entry in its astro.config.mjs: a schema,
// names and a reference field. No template: the generic ones render it. Everything else must follow. The
// handbook lives in handbook/, as the configuration's `content` says: check, build and new read it there.
const config = `import { z } from 'astro/zod';
import { playbook } from ${JSON.stringify(join(projectRoot, 'src/integration/index.ts'))};

export default {
  integrations: [
    playbook({
      content: 'handbook',
      collections: {
        runbooks: {
          folder: 'runbooks',
          extension: '.mdx',
          kind: 'runbook',
          label: { one: 'Runbook', many: 'Runbooks' },
          description: 'What to do, step by step, when an integration stops.',
          schema: z.strictObject({
            title: z.string(),
            summary: z.string(),
            systems: z.array(z.string()).min(1),
            tags: z.array(z.string()).default([]),
          }),
          references: { systems: 'systems' },
        },
      },
    }),
  ],
};
`;

const runbook = (title: string, systems: string) =>
  `---\ntitle: ${title}\nsummary: What to do when ${title.toLowerCase()}.\nsystems: [${systems}]\ntags: [finance]\n---\n\n## First checks\n\nLook at the last run.\n`;

/** A project with the small fixture and `runbooks` in handbook/, the configuration's content folder. */
async function teamProject(runbooks: Record<string, string>): Promise<string> {
  const root = await makeProject({
    fixture: 'test/fixtures/small',
    files: {
      'astro.config.mjs': config,
      ...Object.fromEntries(Object.entries(runbooks).map(([name, text]) => [`content/runbooks/${name}`, text])),
    },
  });
  await rename(join(root, 'content'), join(root, 'handbook'));
  return root;
}

let root = '';
beforeAll(async () => {
  root = await teamProject({ 'ledger-sync-stopped.mdx': runbook('Ledger sync stopped', 'beta-ledger') });
});

describe('a collection a team adds with one registry entry', () => {
  it('is checked like any other: its schema, and the ids it references', async () => {
    expect((await runPlaybookHere(['check'], { cwd: root })).code).toBe(0);
    const broken = await teamProject({ 'bad.mdx': runbook('Bad', 'beta-ledgr').replace('summary:', 'summry:') });
    const check = await runPlaybookHere(['check'], { cwd: broken });
    expect(check.code).toBe(1);
    expect(check.output).toMatch(
      /handbook\/runbooks\/bad\.mdx:3:1 {2}error {2}summry: unknown field "summry" .* — rename it to "summary"/,
    );
    expect(check.output).toMatch(
      /handbook\/runbooks\/bad\.mdx:4:11 {2}error {2}systems\[0\]: unknown system "beta-ledgr" .* did you mean "beta-ledger"\?/,
    );
  });

  it('is built with its pages, navigation, backlinks, tags and search facet', async () => {
    const build = await runPlaybook(['build'], { cwd: root });
    expect(build.code, build.output).toBe(0);
    const dist = join(root, 'dist');
    const entry = await page(dist, 'runbooks/ledger-sync-stopped/index.html');
    expect(entry.querySelector('h1')?.textContent).toBe('Ledger sync stopped');
    expect(entry.querySelector('#first-checks')?.textContent).toBe('First checks');
    expect(entry.querySelector('[data-pagefind-meta="type:Runbook"]')).not.toBeNull();
    const index = await page(dist, 'runbooks/index.html');
    expect(index.querySelector('h1')?.textContent).toBe('Runbooks');
    expect(index.querySelector('.lede')?.textContent).toBe('What to do, step by step, when an integration stops.');
    expect(index.querySelectorAll('.cards a').map((a) => a.textContent)).toContain('Ledger sync stopped');
    const home = await page(dist, 'index.html');
    expect(home.querySelectorAll('nav[aria-label="Main"] a').map((a) => a.textContent.trim())).toContain('Runbooks');
    const tag = await readFile(join(dist, 'tags/finance/index.html'), 'utf8');
    expect(tag).toContain('Ledger sync stopped');
    expect(tag).toContain('Runbook');
    const system = await readFile(join(dist, 'systems/beta-ledger/index.html'), 'utf8');
    expect(system).toContain('Ledger sync stopped');
  });
  it('gets new entries from playbook new', async () => {
    const created = await runPlaybookHere(['new', 'runbook', 'Invoices stuck in a queue'], { cwd: root });
    expect(created.code, created.output).toBe(0);
    expect(created.output).toContain('Created handbook/runbooks/invoices-stuck-in-a-queue.mdx');
  });
});
