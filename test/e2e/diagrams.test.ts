import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';
import { drawAll, useBrowser } from '../helpers/browser.ts';
import { htmlFiles } from '../helpers/html.ts';
import { servedFixture } from '../helpers/fixture.ts';

const site = inject('readerUrl');
const readerDir = inject('readerDir');
const { openPage } = useBrowser();

/** Paths of the scripts a page requests, collected as it goes. */
function scriptRequests(page: Page): string[] {
  const scripts: string[] = [];
  page.on('request', (request) => {
    if (request.resourceType() === 'script') scripts.push(new URL(request.url()).pathname);
  });
  return scripts;
}
/** Our diagram element and the Mermaid library it imports. */
const isDiagramCode = (path: string) => /mermaid|Diagram|chunk-/i.test(path);
/** The Mermaid library alone (its core and per-diagram chunks), not our small element. */
const isMermaidLibrary = (path: string) => path.includes('/_playbook/mermaid-');

describe('diagrams in the reader fixture', () => {
  it('draws every diagram on every page as an SVG, without a Mermaid error', async () => {
    const pages: string[] = [];
    for (const file of await htmlFiles(readerDir)) {
      if ((await readFile(join(readerDir, file), 'utf8')).includes('<mermaid-diagram'))
        pages.push(file.replace(/index\.html$/, ''));
    }
    // Three guides have data flows (one also an authored sequence diagram); a handbook page has a state diagram.
    expect(pages.filter((p) => p.startsWith('guides/') && p !== 'guides/')).toHaveLength(3);
    expect(pages).toContain('handbook/long-reference/');
    for (const path of pages) {
      const { page, errors } = await openPage();
      await page.goto(`${site}${path}`);
      const states = await drawAll(page);
      expect(
        states.every((s) => s.startsWith('drawn')),
        `${path}: ${states.join('; ')}`,
      ).toBe(true);
      expect(await page.locator('mermaid-diagram .diagram-canvas > svg').count()).toBe(states.length);
      expect(await page.locator('mermaid-diagram [id*="error"], .error-icon').count()).toBe(0);
      expect(errors, path).toEqual([]);
      await page.context().close();
    }
  });

  it('gives every diagram a text alternative, links system nodes, and keeps the flows table and the source', async () => {
    const { page } = await openPage();
    await page.goto(`${site}guides/invoices-to-ledger/`);
    await drawAll(page);
    const generated = page.getByRole('group', { name: /^Data flow of / });
    expect(await generated.count()).toBe(1);
    expect(await generated.locator('desc').textContent()).toMatch(/^Billing Two sends Invoice, Payment to Ledger Three/);
    expect(await generated.locator('a').evaluateAll((links) => links.map((a) => a.getAttribute('href')))).toEqual([
      '/systems/billing-two/',
      '/systems/ledger-three/',
    ]);
    expect(await page.getByRole('img', { name: 'Posting one invoice' }).count()).toBe(1);
    expect(await page.locator('#data-flow ~ .table-scroll table').count()).toBe(1);
    expect(await page.locator('.diagram-source').count()).toBe(2);
  });

  it('redraws diagrams when the reader toggles the theme', async () => {
    const { page, errors } = await openPage({ colorScheme: 'light' });
    await page.goto(`${site}guides/invoices-to-ledger/`);
    await drawAll(page);
    const style = () => page.locator('mermaid-diagram svg style').first().textContent();
    const light = await style();
    await page.getByRole('button', { name: 'Dark theme' }).click();
    await expect.poll(style, { timeout: 10_000 }).not.toBe(light);
    expect(await page.locator('mermaid-diagram svg').count()).toBe(2);
    expect(errors).toEqual([]);
  });

  it('loads no Mermaid code on a page without diagrams', async () => {
    const { page } = await openPage();
    const scripts = scriptRequests(page);
    await page.goto(`${site}anti-patterns/silent-failures/`);
    await page.waitForLoadState('networkidle');
    expect(scripts.length).toBeGreaterThan(0);
    expect(scripts.filter(isDiagramCode)).toEqual([]);
  });

  it('reserves each diagram’s space, so the page does not move when it is drawn', async () => {
    const { page } = await openPage();
    await page.goto(`${site}guides/invoices-to-ledger/`);
    const box = () =>
      page
        .locator('.diagram-canvas')
        .first()
        .evaluate((el) => {
          const rect = el.getBoundingClientRect();
          return { top: rect.top + scrollY, height: rect.height, width: rect.width };
        });
    const before = await box();
    await drawAll(page);
    expect(await box()).toEqual(before);
  });
});

describe('diagrams in a fixture handbook', () => {
  const fixture = servedFixture('test/fixtures/diagrams', '/playbook/');

  it('loads Mermaid only when a diagram nears the viewport', async () => {
    const { page } = await openPage({ viewport: { width: 1280, height: 700 } });
    const scripts = scriptRequests(page);
    await page.goto(`${fixture.url()}handbook/long-page/`);
    await page.waitForLoadState('networkidle');
    expect(scripts.filter(isMermaidLibrary)).toEqual([]);
    expect(await drawAll(page)).toEqual(['drawn: State diagram: The diagram']);
    expect(scripts.filter(isMermaidLibrary).length).toBeGreaterThan(0);
  });

  it('show HTML and script in names and labels as text, and run nothing', async () => {
    const { page, errors } = await openPage();
    await page.goto(`${fixture.url()}guides/hostile-labels/`);
    const states = await drawAll(page);
    expect(
      states.every((s) => s.startsWith('drawn')),
      states.join('; '),
    ).toBe(true);
    expect(await page.evaluate(() => (window as { __xss?: unknown }).__xss)).toBeUndefined();
    expect(await page.locator('mermaid-diagram img, mermaid-diagram script, mermaid-diagram iframe').count()).toBe(0);
    const flow = page.getByRole('group', { name: 'Data flow of Hostile <script>window.__xss=4</script> labels' });
    expect(await flow.locator('desc').textContent()).toMatch(
      /^<img src=x onerror="window.__xss=1"> "Evil" \[CRM\] \| #1 sends <script>/,
    );
    const text = await page.locator('mermaid-diagram svg').allTextContents();
    expect(text.join(' ')).toContain('<img src=x onerror="window.__xss=1"> "Evil" [CRM] | #1');
    expect(text.join(' ')).toContain('<script>window.__xss=5</script>');
    expect(text.join(' ')).toContain('Société Générale Ledger');
    expect(errors).toEqual([]);
  });
});
