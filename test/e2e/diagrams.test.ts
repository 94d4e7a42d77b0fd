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
/** The element that draws diagrams in the reader's browser and the Mermaid library it imports (not the full-screen viewer). */
const isDiagramCode = (path: string) => /mermaid|ClientDiagram|chunk-/i.test(path);
/** The Mermaid library alone (its core and per-diagram chunks), not our small element. */
const isMermaidLibrary = (path: string) => path.includes('/_playbook/mermaid-');

describe('diagrams in the reader fixture (drawn at build time)', () => {
  it('draws every authored diagram at build time, in both themes, with no diagram script on the page', async () => {
    const pages: string[] = [];
    for (const file of await htmlFiles(readerDir)) {
      const html = await readFile(join(readerDir, file), 'utf8');
      expect(html, file).not.toContain('<mermaid-diagram');
      if (html.includes('diagram-drawn')) pages.push(file.replace(/index\.html$/, ''));
    }
    // A guide's sequence diagram and a handbook page's state diagram.
    expect(pages.sort()).toEqual(['guides/invoices-to-ledger/', 'handbook/long-reference/']);
    for (const path of pages) {
      const { page, errors } = await openPage();
      const scripts = scriptRequests(page);
      await page.goto(`${site}${path}`);
      const drawings = page.locator('.diagram-drawn');
      for (const drawing of await drawings.all()) {
        expect(await drawing.getAttribute('role')).toBe('img');
        expect(await drawing.getAttribute('aria-label')).toBeTruthy();
        expect(await drawing.locator('svg.diagram-light text').count()).toBeGreaterThan(0);
        expect(await drawing.locator('svg.diagram-dark text').count()).toBeGreaterThan(0);
      }
      expect(await page.locator('.diagram-drawn [id*="error"], .error-icon').count()).toBe(0);
      await page.waitForLoadState('networkidle');
      expect(scripts.filter(isDiagramCode), path).toEqual([]);
      expect(errors, path).toEqual([]);
      await page.context().close();
    }
  });

  it('draws the data flow into the page, with a text alternative and system links, beside the flows table', async () => {
    const { page } = await openPage();
    await page.goto(`${site}guides/invoices-to-ledger/`);
    const generated = page.getByRole('group', { name: /^Data flow of / });
    expect(await generated.count()).toBe(1);
    expect(await generated.locator('desc').textContent()).toMatch(/^Billing Two sends Invoice, Payment to Ledger Three/);
    expect(await generated.locator('a').evaluateAll((links) => links.map((a) => a.getAttribute('href')))).toEqual([
      '/systems/billing-two/',
      '/systems/ledger-three/',
    ]);
    expect(await page.locator('#data-flow ~ .table-scroll table').count()).toBe(1);
    expect(await page.getByRole('img', { name: 'Posting one invoice' }).count()).toBe(1);
    expect(await page.locator('.diagram-source').count()).toBe(0);
  });

  it('shows each drawing in the reader’s theme, switching with the toggle, without redrawing', async () => {
    const { page, errors } = await openPage({ colorScheme: 'light' });
    await page.goto(`${site}guides/invoices-to-ledger/`);
    const shown = () =>
      page
        .locator('.diagram-drawn > svg')
        .evaluateAll((svgs) =>
          svgs.filter((svg) => getComputedStyle(svg).display !== 'none').map((svg) => svg.getAttribute('class')),
        );
    const box = () =>
      page
        .locator('.flow-node rect')
        .first()
        .evaluate((rect) => getComputedStyle(rect).fill);
    expect(await shown()).toEqual(['diagram-light']);
    const lightBox = await box();
    await page.getByRole('button', { name: 'Dark theme' }).click();
    await expect.poll(shown).toEqual(['diagram-dark']);
    expect(await box()).not.toBe(lightBox);
    // Paper is light whatever the screen's theme.
    await page.emulateMedia({ media: 'print' });
    expect(await shown()).toEqual(['diagram-light']);
    expect(errors).toEqual([]);
  });

  it('keeps a drawn diagram’s text at 12 px or more on a phone, scrolling sideways when it is wider', async () => {
    const { page } = await openPage({ viewport: { width: 390, height: 800 } });
    await page.goto(`${site}guides/invoices-to-ledger/`);
    const frame = page.getByRole('img', { name: 'Posting one invoice' });
    const { scale, client, scroll } = await frame.evaluate((el) => {
      const svg = [...el.querySelectorAll('svg')].find((s) => getComputedStyle(s).display !== 'none')!;
      return {
        scale: svg.getBoundingClientRect().width / svg.viewBox.baseVal.width,
        client: el.clientWidth,
        scroll: el.scrollWidth,
      };
    });
    // Mermaid writes its text at 16 px: drawn at three quarters or more, it is 12 px or more.
    expect(scale).toBeGreaterThanOrEqual(0.75);
    expect(scroll).toBeGreaterThan(client);
    await frame.focus();
    await page.keyboard.press('ArrowRight');
    await expect.poll(() => frame.evaluate((el) => el.scrollLeft)).toBeGreaterThan(0);
  });

  it('loads no diagram code on a page whose diagrams were drawn at build time or that has none', async () => {
    for (const path of ['anti-patterns/silent-failures/', 'guides/accounts-to-billing/']) {
      const { page } = await openPage();
      const scripts = scriptRequests(page);
      await page.goto(`${site}${path}`);
      await page.waitForLoadState('networkidle');
      expect(scripts.length, path).toBeGreaterThan(0);
      expect(scripts.filter(isDiagramCode), path).toEqual([]);
      await page.context().close();
    }
  });
});

describe('diagrams in a fixture handbook (drawn in the reader’s browser)', () => {
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

  it.each([
    [390, 'scrolls sideways in its focusable frame'],
    [1280, 'fits the column'],
  ])('keeps a large data flow readable at %i px: no text under 12 px, drawn at its natural size, and %s', async (width, fit) => {
    const { page } = await openPage({ viewport: { width, height: 800 } });
    await page.goto(`${fixture.url()}guides/wide-flow/`);
    const frame = page.getByRole('region', { name: 'Data flow of Wide flow (drawing)' });
    expect(await frame.count()).toBe(1);
    const fontSizes = await frame
      .locator('text')
      .evaluateAll((texts) => texts.map((text) => parseFloat(getComputedStyle(text).fontSize)));
    expect(fontSizes.length).toBeGreaterThan(10);
    expect(Math.min(...fontSizes)).toBeGreaterThanOrEqual(12);
    // Drawn at its natural size, wider than the column, and scrollable from the keyboard.
    const { client, scroll, drawn, natural } = await frame.evaluate((el) => {
      const svg = el.querySelector('svg')!;
      return {
        client: el.clientWidth,
        scroll: el.scrollWidth,
        drawn: svg.getBoundingClientRect().width,
        natural: svg.viewBox.baseVal.width,
      };
    });
    expect(drawn).toBe(natural);
    if (fit === 'fits the column') {
      expect(scroll).toBe(client);
      return;
    }
    expect(scroll).toBeGreaterThan(client);
    await frame.focus();
    await page.keyboard.press('ArrowRight');
    await expect.poll(() => frame.evaluate((el) => el.scrollLeft)).toBeGreaterThan(0);
  });

  it('reserves each diagram’s space, so the page does not move when it is drawn, and redraws it with the theme', async () => {
    const { page, errors } = await openPage({ colorScheme: 'light' });
    await page.goto(`${fixture.url()}guides/hostile-labels/`);
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
    const style = () => page.locator('mermaid-diagram svg style').first().textContent();
    const light = await style();
    await page.getByRole('button', { name: 'Dark theme' }).click();
    await expect.poll(style, { timeout: 10_000 }).not.toBe(light);
    expect(errors).toEqual([]);
  });

  it('opens a large data flow full screen on a phone, zooms and moves it by keyboard, wheel and pointer, and closes on Esc', async () => {
    const { page, errors } = await openPage({ viewport: { width: 390, height: 800 } });
    await page.goto(`${fixture.url()}guides/wide-flow/`);
    const open = page.getByRole('button', { name: 'Full screen: Data flow of Wide flow' });
    await open.click();
    const dialog = page.getByRole('dialog', { name: 'Data flow of Wide flow' });
    await dialog.waitFor();
    const drawing = dialog.locator('svg');
    const scale = () => drawing.evaluate((svg) => new DOMMatrix(getComputedStyle(svg).transform).a);
    const left = () => drawing.evaluate((svg) => new DOMMatrix(getComputedStyle(svg).transform).e);
    // Fitted to the screen first, then zoomed in with "+", the wheel and the button; moved with the arrow keys and a drag.
    const fitted = await scale();
    await page.keyboard.press('+');
    expect(await scale()).toBeGreaterThan(fitted);
    const zoomed = await scale();
    await dialog.locator('.diagram-dialog-stage').hover();
    await page.mouse.wheel(0, -100);
    await expect.poll(scale).toBeGreaterThan(zoomed);
    await dialog.getByRole('button', { name: 'Zoom out' }).click();
    const before = await left();
    await dialog.locator('.diagram-dialog-stage').focus();
    await page.keyboard.press('ArrowRight');
    expect(await left()).toBeLessThan(before);
    const box = (await dialog.locator('.diagram-dialog-stage').boundingBox())!;
    await page.mouse.move(box.x + 100, box.y + 100);
    await page.mouse.down();
    await page.mouse.move(box.x + 160, box.y + 100);
    await page.mouse.up();
    await expect.poll(left).toBeGreaterThan(before - 60);
    await page.keyboard.press('Escape');
    await expect.poll(() => page.locator('dialog').count()).toBe(0);
    expect(await open.evaluate((button) => button === document.activeElement)).toBe(true);
    expect(errors).toEqual([]);
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
    expect(await page.locator('figure.diagram svg :is(img, script, iframe, foreignObject)').count()).toBe(0);
    const flow = page.getByRole('group', { name: 'Data flow of Hostile <script>window.__xss=4</script> labels' });
    expect(await flow.locator('desc').textContent()).toMatch(
      /^<img src=x onerror="window.__xss=1"> "Evil" \[CRM\] \| #1 sends <script>/,
    );
    const text = (await flow.locator('text').allTextContents()).join(' ');
    expect(text).toContain('<img src=x onerror="window.__xss=1"> "Evil" [CRM] | #1');
    expect(text).toContain('<script>window.__xss=5</script>');
    expect(text).toContain('Société Générale Ledger');
    expect(errors).toEqual([]);
  });
});
