import { describe, expect, inject, it } from 'vitest';
import { useBrowser } from '../helpers/browser.ts';

// A reader finding their way around the reader fixture (test/fixtures/reader): six guides, one of them XL.
const site = inject('readerUrl');
const { openPage } = useBrowser();

describe('reading the handbook', () => {
  it('reaches a guide from the home page through the navigation, without console errors', async () => {
    const { page, errors } = await openPage();
    await page.goto(site);
    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Guides' }).click();
    await expect.poll(() => page.getByRole('heading', { level: 1 }).textContent(), { timeout: 10_000 }).toBe('Guides');
    await page.getByRole('main').getByRole('link', { name: 'Invoices to the ledger' }).click();
    await expect
      .poll(() => page.getByRole('heading', { level: 1 }).textContent(), { timeout: 10_000 })
      .toBe('Invoices to the ledger');
    // Retried: on a loaded machine the table of contents may still be settling when the heading has arrived.
    await expect
      .poll(() => page.getByRole('navigation', { name: 'On this page' }).getByRole('link', { name: 'Error handling' }).count(), {
        timeout: 10_000,
      })
      .toBe(1);
    expect(errors).toEqual([]);
  });

  it('wears the look site.yaml asks for: the logo at its size, the accent on links, the team’s stylesheet', async () => {
    const { page, errors } = await openPage({ colorScheme: 'light' });
    await page.goto(site);
    const logo = page.locator('.site-title img');
    expect(await logo.getAttribute('alt')).toBe(''); // the title beside it names the link
    expect([await logo.getAttribute('width'), await logo.getAttribute('height')]).toEqual(['64', '32']);
    await expect.poll(() => logo.evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth)).toBe(64);
    expect(
      await page
        .locator('main a')
        .first()
        .evaluate((a) => getComputedStyle(a).color),
    ).toBe('rgb(138, 69, 0)'); // #8a4500
    expect(await page.evaluate(() => getComputedStyle(document.querySelector('.site-footer')!).borderTopWidth)).toBe('3px');
    await page.getByRole('button', { name: 'Dark theme' }).click();
    // In the dark theme, the same hue made light enough to read.
    expect(
      await page
        .locator('main a')
        .first()
        .evaluate((a) => getComputedStyle(a).color),
    ).not.toBe('rgb(138, 69, 0)');
    expect(errors).toEqual([]);
  });

  it('toggles the theme, remembers it across pages, and applies it before first paint', async () => {
    const { page, errors } = await openPage({ colorScheme: 'light' });
    await page.goto(site);
    const toggle = page.getByRole('button', { name: 'Dark theme' });
    expect(await toggle.getAttribute('aria-pressed')).toBe('false');
    await toggle.click();
    expect(await toggle.getAttribute('aria-pressed')).toBe('true');
    expect(await page.evaluate(() => document.documentElement.dataset['theme'])).toBe('dark');
    await page.goto(`${site}guides/`);
    // The inline head script sets the theme before the body is parsed: read it at the first possible moment.
    expect(await page.evaluate(() => document.documentElement.dataset['theme'])).toBe('dark');
    expect(await page.evaluate(() => getComputedStyle(document.body).backgroundColor)).toBe('rgb(16, 20, 26)');
    await page.getByRole('button', { name: 'Dark theme' }).click();
    expect(await page.evaluate(() => getComputedStyle(document.body).backgroundColor)).toBe('rgb(255, 255, 255)');
    expect(errors).toEqual([]);
  });

  it('follows the system preference when the reader has not chosen', async () => {
    const { page } = await openPage({ colorScheme: 'dark' });
    await page.goto(site);
    expect(await page.getByRole('button', { name: 'Dark theme' }).getAttribute('aria-pressed')).toBe('true');
    expect(await page.evaluate(() => getComputedStyle(document.body).backgroundColor)).toBe('rgb(16, 20, 26)');
  });

  it('hides the navigation behind a menu button on a phone, and shows it with a keyboard', async () => {
    const { page } = await openPage({ viewport: { width: 390, height: 800 } });
    await page.goto(site);
    const menu = page.getByRole('button', { name: 'Menu' });
    const guides = page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Guides' });
    await expect.poll(() => guides.isVisible()).toBe(false);
    await menu.focus();
    await page.keyboard.press('Enter');
    expect(await menu.getAttribute('aria-expanded')).toBe('true');
    expect(await guides.isVisible()).toBe(true);
    await page.keyboard.press('Escape');
    await expect.poll(() => guides.isVisible()).toBe(false);
  });

  it('filters the guide catalogue by size, keeps the filter in the URL, and lists everything without JavaScript', async () => {
    const { page } = await openPage();
    await page.goto(`${site}guides/`);
    const cards = page.locator('[data-guide]:visible');
    await expect.poll(() => cards.count()).toBe(6);
    await page.getByLabel('Size').selectOption('XL');
    await expect.poll(() => cards.count()).toBe(1);
    expect(page.url()).toContain('?size=XL');
    expect(await page.getByRole('status').textContent()).toBe('Showing 1 of 6 guides.');
    await page.reload();
    await expect.poll(() => cards.count()).toBe(1);
    await page.getByRole('button', { name: 'Clear filters' }).click();
    await expect.poll(() => cards.count()).toBe(6);

    const noScript = await openPage({ javaScriptEnabled: false });
    await noScript.page.goto(`${site}guides/?size=XL`);
    expect(await noScript.page.locator('[data-guide]:visible').count()).toBe(6);
    expect(await noScript.page.getByLabel('Size').isVisible()).toBe(false);
  });

  it('skips straight to the content with the skip link', async () => {
    const { page } = await openPage();
    await page.goto(site);
    await page.keyboard.press('Tab');
    const skip = page.getByRole('link', { name: 'Skip to content' });
    expect(await skip.evaluate((el) => el === document.activeElement)).toBe(true);
    await page.keyboard.press('Enter');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('main');
  });

  it('names the overdue review and the deprecated guide where readers meet them', async () => {
    const { page } = await openPage();
    await page.goto(`${site}guides/nightly-file-drop/`);
    expect(await page.getByText('Review overdue').first().isVisible()).toBe(true);
    await page.goto(`${site}guides/old-export/`);
    expect(await page.getByText('Deprecated').first().isVisible()).toBe(true);
  });

  it('collapses "On this page" on a phone, keeps it open beside the text on a desktop, and marks the section in view', async () => {
    const phone = await openPage({ viewport: { width: 390, height: 800 } });
    await phone.page.goto(`${site}guides/invoices-to-ledger/`);
    const toc = phone.page.getByRole('navigation', { name: 'On this page' });
    expect(await toc.getByRole('link', { name: 'Error handling' }).isVisible()).toBe(false);
    await toc.getByText('On this page').click();
    expect(await toc.getByRole('link', { name: 'Error handling' }).isVisible()).toBe(true);

    const { page } = await openPage({ viewport: { width: 1280, height: 800 } });
    await page.goto(`${site}guides/invoices-to-ledger/`);
    const links = page.getByRole('navigation', { name: 'On this page' }).getByRole('link');
    expect(await links.getByText('Error handling').isVisible()).toBe(true);
    await page.locator('#prerequisites').evaluate((heading) => heading.scrollIntoView());
    const marked = () =>
      links.evaluateAll((all) => all.filter((a) => getComputedStyle(a).fontWeight === '700').map((a) => a.textContent));
    await expect.poll(marked).toEqual(['Prerequisites']);
  });

  it('ends the breadcrumbs in the page’s title, and says where to start on the home page', async () => {
    const { page } = await openPage();
    await page.goto(`${site}guides/ledger-replacement/`);
    const crumbs = page.getByRole('navigation', { name: 'Breadcrumb' }).getByRole('listitem');
    expect(await crumbs.allTextContents()).toEqual(['Guides', await page.getByRole('heading', { level: 1 }).textContent()]);
    expect(await crumbs.last().getAttribute('aria-current')).toBe('page');

    await page.goto(site);
    const start = page.getByRole('navigation', { name: 'Where to start' });
    expect(await start.getByRole('link').allTextContents()).toEqual([
      'Guides by system',
      'Quote an integration',
      'Pipeline',
      'Portfolio',
      'Handbook',
    ]);
    // The search form works without JavaScript: it opens the search page with the words typed.
    await start.getByRole('searchbox', { name: 'Search the handbook' }).fill('quarkflimsy');
    await start.getByRole('button', { name: 'Search' }).click();
    await page.waitForURL(/\/search\/\?q=quarkflimsy$/);
    await expect
      .poll(() => page.locator('pagefind-results .pf-result-link').allTextContents(), { timeout: 10_000 })
      .toEqual(['Accounts to billing']);
  });

  it('keeps the header on one row at every width from 320 to 1920 px, collapsing into the menu before it would wrap', async () => {
    const { page } = await openPage({ viewport: { width: 1920, height: 800 } });
    await page.goto(site);
    const rows: string[] = [];
    for (let width = 320; width <= 1920; width += 16) {
      await page.setViewportSize({ width, height: 800 });
      const state = await page.evaluate(async () => {
        // Media query changes are reported before the next frame.
        await new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done)));
        const header = document.querySelector('.site-header .container')!;
        const menu = header.querySelector<HTMLElement>('.menu-button')!;
        const compact = getComputedStyle(menu).display !== 'none';
        // What shows on the header's row: the title, the links (when not behind the menu), search and theme.
        const boxes = [...header.querySelectorAll(':scope > .site-title, .site-nav li, site-search, theme-toggle')]
          .filter((item) => item.getClientRects().length > 0)
          .map((item) => item.getBoundingClientRect())
          .sort((a, b) => a.top - b.top);
        // A new row starts where an item begins below everything on the row before.
        let rows = 0;
        let bottom = -Infinity;
        for (const box of boxes) {
          if (box.top >= bottom) rows++;
          bottom = Math.max(box.top >= bottom ? box.bottom : bottom, box.bottom);
        }
        return { compact, rows, overflow: header.scrollWidth > header.clientWidth };
      });
      // Compact: the navigation is behind the button. Otherwise every item sits on one row.
      if (!state.compact && (state.rows > 1 || state.overflow)) rows.push(`${width} px: ${state.rows} rows`);
    }
    expect(rows).toEqual([]);
  });
});
