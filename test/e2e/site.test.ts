import { describe, expect, inject, it } from 'vitest';
import { accessibilityViolations, drawAll, useBrowser } from '../helpers/browser.ts';

const site = inject('starterUrl');
const { openPage } = useBrowser();

describe('reading the starter handbook', () => {
  it('reaches a guide from the home page through the navigation, without console errors', async () => {
    const { page, errors } = await openPage();
    await page.goto(site);
    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Guides' }).click();
    await expect.poll(() => page.getByRole('heading', { level: 1 }).textContent()).toBe('Guides');
    const first = page.getByRole('main').getByRole('heading', { level: 2 }).getByRole('link').first();
    const title = await first.textContent();
    await first.click();
    await expect.poll(() => page.getByRole('heading', { level: 1 }).textContent()).toBe(title);
    expect(
      await page.getByRole('navigation', { name: 'On this page' }).getByRole('link', { name: 'Error handling' }).count(),
    ).toBe(1);
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
    const themeBeforeBody = await page.evaluate(() => document.documentElement.dataset['theme']);
    expect(themeBeforeBody).toBe('dark');
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
    expect(await guides.isVisible()).toBe(false);
    await menu.focus();
    await page.keyboard.press('Enter');
    expect(await menu.getAttribute('aria-expanded')).toBe('true');
    expect(await guides.isVisible()).toBe(true);
    await page.keyboard.press('Escape');
    expect(await guides.isVisible()).toBe(false);
  });

  it('filters the guide catalogue by size, keeps the filter in the URL, and lists everything without JavaScript', async () => {
    const { page } = await openPage();
    await page.goto(`${site}guides/`);
    const cards = page.locator('[data-guide]:visible');
    const all = await cards.count();
    await page.getByLabel('Size').selectOption('XL');
    expect(await cards.count()).toBe(1);
    expect(page.url()).toContain('?size=XL');
    expect(await page.getByRole('status').textContent()).toBe(`Showing 1 of ${all} guides.`);
    await page.reload();
    expect(await cards.count()).toBe(1);
    await page.getByRole('button', { name: 'Clear filters' }).click();
    await expect.poll(() => cards.count()).toBe(all);

    const noScript = await openPage({ javaScriptEnabled: false });
    await noScript.page.goto(`${site}guides/?size=XL`);
    expect(await noScript.page.locator('[data-guide]:visible').count()).toBe(all);
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
});

// One page of every kind; later features add theirs here.
const pageTypes = [
  ['home', ''],
  ['guide catalogue', 'guides/'],
  ['guide', 'guides/zuora-invoices-payments-to-netsuite/'],
  ['XL guide', 'guides/replace-erp-rebuild-integrations/'],
  ['anti-pattern index', 'anti-patterns/'],
  ['anti-pattern', 'anti-patterns/point-to-point-integrations/'],
  ['security index', 'security/'],
  ['security note', 'security/secrets-in-code-or-configuration/'],
  ['system index', 'systems/'],
  ['system', 'systems/netsuite/'],
  ['handbook index', 'handbook/'],
  ['handbook page', 'handbook/monitoring-plan/'],
  ['tag index', 'tags/'],
  ['tag', 'tags/finance/'],
  ['404', 'no-such-page/'],
  ['quote calculator', 'quote/?size=L&customers=20'],
  ['portfolio', 'portfolio/'],
] as const;

describe.each(['light', 'dark'] as const)('accessibility in the %s theme', (colorScheme) => {
  it.each(pageTypes)('axe finds no violations on the %s page', async (_kind, path) => {
    const { page, errors } = await openPage({ colorScheme });
    await page.goto(`${site}${path}`);
    // Check the drawn diagrams too, not only their source.
    if (await page.locator('mermaid-diagram').count()) await drawAll(page);
    expect(await accessibilityViolations(page)).toEqual([]);
    expect(errors.filter((e) => !(path.startsWith('no-such') && e.includes('404')))).toEqual([]);
  });
});
