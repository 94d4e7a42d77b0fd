import { describe, expect, it } from 'vitest';
import { drawAll, useBrowser } from '../helpers/browser.ts';
import { servedFixture } from '../helpers/fixture.ts';
import { htmlFiles } from '../helpers/html.ts';

// A handbook whose every field a reader sees holds a script payload (titles, summaries, owners, tags, system
// names and notes, flow objects, model phases, site settings, prose, code, diagram labels): each must show as
// text on every page, and nothing may run.
const fixture = servedFixture('test/fixtures/payloads', '/');
const { openPage } = useBrowser();

/** Whatever a payload could have done: a global set, a dialog opened. */
type Traces = { xss: unknown; dialogs: string[] };

describe('a handbook full of script payloads', () => {
  it('runs no script on any page, with JavaScript on and diagrams drawn', async () => {
    const pages = (await htmlFiles(fixture.dir())).map((file) => file.replace(/index\.html$/, ''));
    expect(pages.length).toBeGreaterThan(15);
    const found: Record<string, Traces> = {};
    // One tab goes from page to page: a payload that ran would leave a global or a dialog on the page it ran on.
    const { page } = await openPage();
    const dialogs: string[] = [];
    page.on('dialog', (dialog) => {
      dialogs.push(dialog.message());
      void dialog.dismiss();
    });
    for (const path of pages) {
      dialogs.length = 0;
      await page.goto(`${fixture.url()}${path}`);
      if (await page.locator('mermaid-diagram').count()) await drawAll(page);
      const xss = await page.evaluate(() => (window as { __xss?: unknown }).__xss);
      if (xss !== undefined || dialogs.length) found[path] = { xss, dialogs: [...dialogs] };
    }
    expect(found).toEqual({});
  });

  it('shows every payload as the text the author wrote', async () => {
    const { page } = await openPage();
    await page.goto(`${fixture.url()}guides/everywhere/`);
    await expect
      .poll(() => page.getByRole('heading', { level: 1 }).textContent())
      .toBe('Payloads <script>window.__xss="guide title"</script> everywhere');
    expect(await page.getByRole('main').textContent()).toContain(
      '"><img src=x onerror="window.__xss=`guide summary`"> A guide full of payloads.',
    );
    const labels = await page.locator('.flow-svg').first().locator('text').allTextContents();
    expect(labels.join(' ')).toContain('Société Générale & Fils 日本語 <b>Ledger</b>');
    expect(labels.join(' ')).toContain('</script><script>window.__xss="object"</script>');
  });

  it('refuses to run a script injected into a page after it loaded (the Content-Security-Policy holds)', async () => {
    const { page, errors } = await openPage();
    await page.goto(fixture.url());
    await page.evaluate(() => {
      const script = document.createElement('script');
      script.textContent = 'window.__xss = "injected"';
      document.body.append(script);
      const image = document.createElement('img');
      image.setAttribute('src', 'data:,');
      image.setAttribute('onerror', 'window.__xss = "handler"');
      document.body.append(image);
    });
    await expect.poll(() => errors.join('\n')).toMatch(/Content Security Policy/);
    expect(await page.evaluate(() => (window as { __xss?: unknown }).__xss)).toBeUndefined();
  });
});
