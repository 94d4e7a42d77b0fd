import { existsSync } from 'node:fs';
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { pageScripts } from '../../src/bench/page-scripts.ts';
import { projectRoot, runPlaybook } from '../helpers/build.ts';
import { brokenLinks, htmlFiles, page } from '../helpers/html.ts';
import { makeProject } from '../helpers/project.ts';

// A small handbook in another folder, built for real through PLAYBOOK_CONTENT under the /playbook/ base its site.yaml
// sets, in a project whose dist/ holds an earlier site (see test/site/atomic-build.test.ts for builds that fail).
let root = '';
let outDir = '';
let log = '';
beforeAll(async () => {
  root = await makeProject({
    files: { 'dist/index.html': '<!doctype html><title>The live site</title>', 'dist/guides/old/index.html': 'old' },
  });
  const build = await runPlaybook(['build'], { cwd: root, env: { PLAYBOOK_CONTENT: join(projectRoot, 'test/fixtures/small') } });
  expect(build.code, build.output).toBe(0);
  outDir = join(root, 'dist');
  log = build.output;
});

const text = async (path: string) => (await page(outDir, path)).textContent.replace(/\s+/g, ' ');
const hrefs = async (path: string, selector = 'main a') =>
  (await page(outDir, path)).querySelectorAll(selector).map((a) => a.getAttribute('href'));

describe('a fixture handbook built through PLAYBOOK_CONTENT', () => {
  it('replaces the earlier site in dist/ whole, and leaves no work folder behind', async () => {
    expect(existsSync(join(outDir, 'guides/old'))).toBe(false);
    expect((await page(outDir, 'index.html')).querySelector('title')?.textContent).not.toBe('The live site');
    expect((await readdir(root)).filter((name) => /^\.dist\.(building|old)-/.test(name))).toEqual([]);
  });

  it('logs one summary of the rendered pages rather than a line per page, and no known-harmless warning per file', () => {
    expect(log).not.toMatch(/[├└]─/);
    expect(log).not.toContain('use astro:head-inject'); // the bundler's directive warning, once per MDX module
    expect(log).toMatch(/^ {2}\d+ pages rendered; slowest: \/\S+ \d+ ms/m);
    expect(log).toContain('[build] Complete!');
  });

  it('builds a page for every entry, index, tag, the 404 page and a sitemap', async () => {
    expect(await htmlFiles(outDir)).toEqual([
      '404.html',
      'anti-patterns/index.html',
      'anti-patterns/silent-failures/index.html',
      'anti-patterns/unused-pattern/index.html',
      'guides/crm-to-ledger/index.html',
      'guides/index.html',
      'guides/ledger-export/index.html',
      'guides/platform-rebuild/index.html',
      'handbook/index.html',
      'handbook/sizing/index.html',
      'index.html',
      'pipeline/index.html',
      'portfolio/index.html',
      'quote/index.html',
      'requests/index.html',
      'search/index.html',
      'security/index.html',
      'security/rotate-keys/index.html',
      'systems/alpha-crm/index.html',
      'systems/beta-ledger/index.html',
      'systems/gamma-files/index.html',
      'systems/index.html',
      'tags/finance/index.html',
      'tags/index.html',
      'tags/reliability/index.html',
      'tags/upsert-logic/index.html',
    ]);
    const sitemap = await readFile(join(outDir, 'sitemap-0.xml'), 'utf8');
    expect(sitemap).toContain('<loc>https://playbook.example.org/playbook/guides/crm-to-ledger/</loc>');
  });

  it('says how to add a request on the pipeline page of a handbook without any, and leaves it out of the header', async () => {
    expect(await text('pipeline/index.html')).toContain('No requests yet. Add one as content/requests/<id>.yaml');
    expect(await hrefs('index.html', 'header nav a')).not.toContain('/playbook/pipeline/');
    expect(await hrefs('index.html', 'header nav a')).toContain('/playbook/quote/');
  });

  it('has no internal link or anchor that leads nowhere', async () => {
    expect(await brokenLinks(outDir, '/playbook/')).toEqual([]);
  });

  it('links anti-patterns and security notes back to the guides that cite them', async () => {
    expect(await hrefs('anti-patterns/silent-failures/index.html', '#citing + ul a')).toEqual([
      '/playbook/guides/crm-to-ledger/',
      '/playbook/guides/ledger-export/',
    ]);
    expect(await hrefs('security/rotate-keys/index.html', '#citing + ul a')).toEqual(['/playbook/guides/crm-to-ledger/']);
    expect(await text('anti-patterns/unused-pattern/index.html')).toContain('No guide cites this anti-pattern yet.');
  });

  it('shows a guide with its facts, data flow, related entries, tags and edit link', async () => {
    const guide = await page(outDir, 'guides/crm-to-ledger/index.html');
    expect(guide.querySelector('h1')?.text).toBe('CRM to ledger');
    expect(guide.querySelectorAll('.facts dd a').map((a) => a.getAttribute('href'))).toEqual([
      '/playbook/handbook/sizing/',
      '/playbook/systems/alpha-crm/',
      '/playbook/systems/beta-ledger/',
    ]);
    // The data flow is drawn by the build: an SVG per layout, its boxes linking to the systems, and no script.
    const drawings = guide.querySelectorAll('#data-flow ~ figure .flow-svg');
    expect(drawings).toHaveLength(2);
    for (const svg of drawings) {
      expect(svg.querySelector('title')?.text).toBe('Data flow of CRM to ledger');
      expect(svg.querySelectorAll('a').map((a) => a.getAttribute('href'))).toEqual([
        '/playbook/systems/alpha-crm/',
        '/playbook/systems/beta-ledger/',
      ]);
      expect(svg.querySelectorAll('text').map((text) => text.text)).toEqual([
        'Account, Invoice',
        '(event, incremental)',
        'Alpha CRM',
        'CRM',
        'Beta Ledger',
        'ERP',
      ]);
    }
    expect(guide.querySelector('mermaid-diagram, script[src*="mermaid"]')).toBeNull();
    expect(guide.querySelectorAll('#data-flow ~ .table-scroll td').map((td) => td.text)).toEqual([
      'Alpha CRM',
      'Beta Ledger',
      'Account, Invoice',
      'Event',
      'Incremental',
    ]);
    expect(guide.querySelectorAll('#related ~ * a').map((a) => a.getAttribute('href'))).toEqual([
      '/playbook/anti-patterns/silent-failures/',
      '/playbook/security/rotate-keys/',
    ]);
    expect(guide.querySelectorAll('.toc a').map((a) => a.text)).toContain('Error handling');
    expect(await hrefs('guides/crm-to-ledger/index.html', '.entry-header div.meta a')).toEqual([
      '/playbook/tags/finance/',
      '/playbook/tags/upsert-logic/',
    ]);
    expect(guide.querySelector('a[href^="https://git.example.org"]')?.getAttribute('href')).toBe(
      'https://git.example.org/acme/playbook/edit/main/content/guides/crm-to-ledger.mdx',
    );
    expect(guide.querySelectorAll('.notice').map((n) => n.text.replace(/\s+/g, ' '))).toEqual([
      'Part of the breakdown of Platform rebuild.',
    ]);
  });

  it('links each guide to the quote calculator, prefilled with its size and the systems it marks as new', async () => {
    expect(await hrefs('guides/crm-to-ledger/index.html', 'main a.icon-button')).toEqual(['/playbook/quote/?size=L']);
    // This handbook has no prioritisation page, so the portfolio names it without a link.
    expect(await text('portfolio/index.html')).toContain('See prioritisation for how to score.');
  });

  it('shows the breakdown of an XL guide, and each part links back to it', async () => {
    expect(await hrefs('guides/platform-rebuild/index.html', '#breakdown ~ ol a')).toEqual([
      '/playbook/guides/crm-to-ledger/',
      '/playbook/guides/ledger-export/',
    ]);
    expect(await text('guides/crm-to-ledger/index.html')).toContain('Part of the breakdown of Platform rebuild.');
  });

  it('marks overdue reviews and deprecated guides', async () => {
    const notices = (await page(outDir, 'guides/ledger-export/index.html'))
      .querySelectorAll('.notice')
      .map((n) => n.text.replace(/\s+/g, ' '));
    expect(notices).toEqual([
      'Review overdue. This guide was last reviewed on 2025-01-15 and was due for review on 2025-07-15 (494 days ago). Check it against the systems before you rely on it.',
      'Deprecated. Kept for reference; do not start new work from this guide.',
      'Part of the breakdown of Platform rebuild.',
    ]);
    expect(await text('index.html')).toContain('1 guide is past its review date');
  });

  it('lists every guide that touches a system on its page', async () => {
    expect(await hrefs('systems/beta-ledger/index.html', '.card h3 a')).toEqual([
      '/playbook/guides/crm-to-ledger/',
      '/playbook/guides/ledger-export/',
      '/playbook/guides/platform-rebuild/',
    ]);
    const facts = (await page(outDir, 'systems/alpha-crm/index.html')).querySelectorAll('.facts dd').map((dd) => dd.text);
    expect(facts).toEqual(['CRM', 'REST, Webhooks', 'OAuth 2.0', 'docs.example.org']);
  });

  it('estimates an XL guide part by part, with the model’s coordination share, where its Estimate button leads', async () => {
    const guide = await page(outDir, 'guides/platform-rebuild/index.html');
    expect(guide.querySelector('.entry-header a.icon-button')?.getAttribute('href')).toBe('#breakdown');
    const rows = guide.querySelectorAll('#breakdown ~ .table-scroll tbody tr').map((row) => row.querySelector('th')?.text.trim());
    expect(rows).toEqual(['CRM to ledger (L)', 'Ledger export (M)', 'Coordination (10 %)', 'Total']);
    const total = guide
      .querySelectorAll('#breakdown ~ .table-scroll tbody tr')
      .at(-1)!
      .querySelectorAll('td')
      .map((td) => td.text);
    expect(total[0]).toMatch(/^[\d.]+ h – [\d.]+ h$/);
  });

  it('rewrites root-relative links in content to the base path', async () => {
    expect(await hrefs('handbook/sizing/index.html', '.prose p a')).toContain('/playbook/guides/crm-to-ledger/');
  });

  it('gives every guide in the catalogue its facets for filtering, and lists them all without JavaScript', async () => {
    const items = (await page(outDir, 'guides/index.html')).querySelectorAll('[data-guide]');
    expect(
      items.map((li) => [
        li.getAttribute('data-size'),
        li.getAttribute('data-systems'),
        li.getAttribute('data-tags'),
        li.getAttribute('data-status'),
      ]),
    ).toEqual([
      ['L', 'alpha-crm beta-ledger', 'finance upsert-logic', 'active'],
      ['M', 'beta-ledger gamma-files', '', 'deprecated'],
      ['XL', 'alpha-crm beta-ledger gamma-files', 'finance', 'active'],
    ]);
  });

  it.each([
    ['ledger-export', 'without diagrams', 2048, /Diagram|mermaid|pagefind-component|guide-filter/],
    // The full-screen viewer is the one addition, about 1.6 KB.
    ['crm-to-ledger', 'with a data flow', 4096, /ClientDiagram|mermaid|pagefind-component|guide-filter/],
  ])(
    'ships at most its budget of compressed JavaScript on a guide page (%s, %s): theme, menu and search trigger',
    async (id, _kind, budget, never) => {
      const guide = await page(outDir, `guides/${id}/index.html`);
      expect(guide.querySelector('mermaid-diagram')).toBeNull();
      // Every script the page runs before the reader interacts: inline ones, files, and what those import statically.
      const { bytes, files } = pageScripts(outDir, `guides/${id}/index.html`, '/playbook/');
      expect(bytes).toBeGreaterThan(0);
      expect(bytes).toBeLessThanOrEqual(budget);
      expect(files.join(' ')).not.toMatch(never);
    },
  );
});
