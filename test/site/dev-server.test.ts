import { spawn, type ChildProcess } from 'node:child_process';
import { mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { playbookCli, projectRoot, testToday } from '../helpers/build.ts';
import { useBrowser } from '../helpers/browser.ts';
import { makeProject } from '../helpers/project.ts';

// `playbook dev` on a copy of the small fixture, served under its base path (/playbook/), edited as an author would.
let server: ChildProcess | undefined;
let output = '';
let origin = '';
let root = '';
const base = '/playbook/';
const { openPage } = useBrowser();

/** Waits, with a generous limit, until `condition` resolves to true; tries again every 100 ms. */
async function eventually(condition: () => Promise<boolean> | boolean, what: string, limit = 60_000): Promise<void> {
  const started = Date.now();
  while (!(await condition())) {
    if (Date.now() - started > limit) throw new Error(`Timed out waiting for ${what}. The dev server printed:\n${output}`);
    await new Promise((tick) => setTimeout(tick, 100));
  }
}

const page = async (path: string) => {
  const response = await fetch(`${origin}${base}${path}`);
  return { status: response.status, text: await response.text() };
};
const edit = async (path: string, change: (text: string) => string) =>
  writeFile(join(root, path), change(await readFile(join(root, path), 'utf8')));

beforeAll(async () => {
  root = await makeProject({ fixture: 'test/fixtures/small' });
  server = spawn(process.execPath, [playbookCli, 'dev', '--port', '0', '--host', '127.0.0.1'], {
    cwd: root,
    env: {
      // Not the test runner's NODE_ENV=test and VITEST variables: with them Astro's dev server answers every page with a 404.
      ...Object.fromEntries(Object.entries(process.env).filter(([name]) => name !== 'NODE_ENV' && !name.startsWith('VITEST'))),
      ASTRO_TELEMETRY_DISABLED: '1',
      NO_COLOR: '1',
      PLAYBOOK_TODAY: testToday,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  server.stdout!.on('data', (chunk) => (output += chunk));
  server.stderr!.on('data', (chunk) => (output += chunk));
  await eventually(() => /http:\/\/127\.0\.0\.1:\d+/.test(output), 'the dev server to start', 60_000);
  origin = /(http:\/\/127\.0\.0\.1:\d+)/.exec(output)![1]!;
}, 70_000);
afterAll(async () => {
  server?.kill();
  // Astro's dev server writes its own files into the project while it stops.
  if (server && server.exitCode === null) await new Promise((stopped) => server!.once('close', stopped));
  await rm(root, { recursive: true, force: true });
});

describe('the dev server shows the handbook as it is now', () => {
  it('serves Mermaid’s browser module where pages import it, and nothing else from that folder', async () => {
    const { version } = JSON.parse(await readFile(resolve(projectRoot, 'node_modules/mermaid/package.json'), 'utf8')) as {
      version: string;
    };
    const folder = `${origin}${base}_playbook/mermaid-${version}/`;
    const entry = await fetch(`${folder}mermaid.esm.min.mjs`);
    expect(entry.status).toBe(200);
    expect(entry.headers.get('content-type')).toBe('text/javascript');
    const chunk = /from"\.\/(chunks\/mermaid\.esm\.min\/[\w-]+\.mjs)"/.exec(await entry.text())?.[1];
    expect(chunk).toBeDefined();
    expect((await fetch(`${folder}${chunk}`)).status).toBe(200);
    expect((await fetch(`${folder}../package.json`)).status).toBe(404);
    expect((await fetch(`${folder}${chunk}.map`)).status).toBe(404);
  });

  it('shows an edited title on the next page load, on the page and in the lists', async () => {
    expect((await page('guides/crm-to-ledger/')).text).toContain('<h1>CRM to ledger</h1>');
    await edit('content/guides/crm-to-ledger.mdx', (text) =>
      text.replace('title: CRM to ledger', 'title: CRM accounts to the ledger'),
    );
    await eventually(
      async () => (await page('guides/crm-to-ledger/')).text.includes('<h1>CRM accounts to the ledger</h1>'),
      'the new title',
    );
    expect((await page('guides/')).text).toContain('CRM accounts to the ledger');
    expect((await page('systems/alpha-crm/')).text).toContain('CRM accounts to the ledger');
  });

  it('serves a new entry, and its backlinks, without a restart', async () => {
    expect((await page('guides/brand-new/')).status).toBe(404);
    const text = await readFile(join(root, 'content/guides/ledger-export.mdx'), 'utf8');
    await writeFile(
      join(root, 'content/guides/brand-new.mdx'),
      text
        .replace(/^title: .*$/m, 'title: A brand-new guide')
        .replace(/^antiPatterns: .*$/m, '')
        .replace(/^---\n/, '---\nantiPatterns: [unused-pattern]\n'),
    );
    await eventually(async () => (await page('guides/brand-new/')).status === 200, 'the new guide');
    expect((await page('anti-patterns/unused-pattern/')).text).toContain('A brand-new guide');
  });

  it('reports a broken reference in the terminal as check does, shows it on the page, and recovers once it is fixed', async () => {
    const before = output.length;
    await edit('content/guides/crm-to-ledger.mdx', (text) =>
      text.replace('systems: [alpha-crm, beta-ledger]', 'systems: [alpha-crmm, beta-ledger]'),
    );
    await eventually(() => output.slice(before).includes('unknown system "alpha-crmm"'), 'the problem in the terminal');
    expect(output.slice(before)).toMatch(
      /content\/guides\/crm-to-ledger\.mdx:5:11 {2}error {2}systems\[0\]: unknown system "alpha-crmm" \(found: "alpha-crmm"; expected: the id of a file in systems\/\) — did you mean "alpha-crm"\? {2}\(unknown-reference\)/,
    );
    expect((await page('guides/ledger-export/')).status).toBe(500);
    // Every page shows the problem in Astro's overlay: the message, the hint, and the file open at the line.
    const { page: tab } = await openPage();
    await tab.goto(`${origin}${base}guides/ledger-export/`);
    const overlay = tab.locator('vite-error-overlay');
    await expect
      .poll(() => overlay.locator('#message-content').innerText(), { timeout: 20_000 })
      .toContain('unknown system "alpha-crmm"');
    expect(await overlay.locator('#hint').innerText()).toContain('did you mean "alpha-crm"?');
    expect(await overlay.locator('#code').innerText()).toMatch(
      /crm-to-ledger\.mdx:5:11[\s\S]*systems: \[alpha-crmm, beta-ledger\]/,
    );

    await edit('content/guides/crm-to-ledger.mdx', (text) => text.replace('alpha-crmm', 'alpha-crm'));
    await eventually(async () => (await page('guides/ledger-export/')).status === 200, 'the page to recover');
    expect(output).toContain('The handbook has no errors again.');
  });

  it('shows a change of site.yaml, and of a model, on the next page load', async () => {
    await edit('content/site.yaml', (text) => text.replace('title: Fixture Playbook', 'title: Renamed Playbook'));
    await eventually(
      async () => (await page('').catch(() => ({ text: '' }))).text.includes('Renamed Playbook'),
      'the new site title',
      40_000,
    );
    await mkdir(join(root, 'content/models'), { recursive: true });
    await writeFile(join(root, 'content/models/scoring.yaml'), 'weights: { impact: 70, complexity: 10, cost: 10, risk: 10 }\n');
    await eventually(async () => (await page('portfolio/')).text.includes('70 × (impact − 1) / 4'), 'the new weights');
  });
});
