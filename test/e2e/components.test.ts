import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { accessibilityViolations, useBrowser } from '../helpers/browser.ts';
import { servedFixture } from '../helpers/fixture.ts';

// The components fixture's one guide uses every component, every GitHub alert, two code blocks and a diagram.
const site = servedFixture('test/fixtures/components');
const guide = () => `${site.url()}guides/orders-to-warehouse/`;
const { openPage } = useBrowser();
/** Long enough for a busy two-core machine; polls and locator waits end as soon as the condition holds. */
const patiently = { timeout: 20_000 };

/** Opens the guide and waits until the tabs have become a tab list. */
async function upgraded(page: Page): Promise<void> {
  await page.goto(guide());
  await page.getByRole('tablist').waitFor(patiently);
}

const tabNames = (page: Page) => page.getByRole('tab').allTextContents();
const selectedTab = (page: Page) => page.getByRole('tab', { selected: true }).textContent();
const focused = (page: Page) => page.evaluate(() => document.activeElement?.textContent ?? '');
/** The text of the one tab panel a reader sees. */
const visiblePanel = (page: Page) => page.getByRole('tabpanel').innerText();

describe('tabs, for a reader with a keyboard', () => {
  it('puts only the selected tab in the Tab order, moves with the arrow keys, Home and End, and shows its panel', async () => {
    const { page, errors } = await openPage();
    await upgraded(page);
    expect(await tabNames(page)).toEqual(['Shop', 'Warehouse', 'Sandbox']);
    expect(await selectedTab(page)).toBe('Shop');
    expect(await visiblePanel(page)).toContain('Create an API token');

    // From the link just before the tabs, Tab reaches the selected tab and nothing else of the list.
    await page.getByRole('link', { name: 'pace the sync' }).focus();
    await page.keyboard.press('Tab');
    expect(await focused(page)).toBe('Shop');

    const steps: [string, string][] = [
      ['ArrowRight', 'Warehouse'],
      ['ArrowRight', 'Sandbox'],
      ['ArrowRight', 'Shop'], // wraps around
      ['ArrowLeft', 'Sandbox'],
      ['Home', 'Shop'],
      ['End', 'Sandbox'],
    ];
    for (const [key, tab] of steps) {
      await page.keyboard.press(key);
      await expect.poll(() => focused(page), patiently).toBe(tab);
      expect(await selectedTab(page), `${key} selects ${tab}`).toBe(tab);
      expect(await page.getByRole('tab', { name: tab }).getAttribute('tabindex')).toBe('0');
      expect(await page.locator('[role="tab"][tabindex="-1"]').count()).toBe(2);
    }
    expect(await visiblePanel(page)).toBe('Use the sandboxes of both systems while you build.');
    expect(await page.getByRole('tabpanel').count()).toBe(1);

    // The next Tab leaves the list for the panel, which is named by its tab and is the tab's aria-controls.
    await page.keyboard.press('Tab');
    const panel = page.getByRole('tabpanel', { name: 'Sandbox' });
    expect(await panel.evaluate((element) => element === document.activeElement)).toBe(true);
    expect(await page.getByRole('tab', { name: 'Sandbox' }).getAttribute('aria-controls')).toBe(await panel.getAttribute('id'));
    expect(errors).toEqual([]);
  });

  it('selects a tab on click too', async () => {
    const { page, errors } = await openPage();
    await upgraded(page);
    await page.getByRole('tab', { name: 'Warehouse' }).click();
    await expect.poll(() => selectedTab(page), patiently).toBe('Warehouse');
    expect(await visiblePanel(page)).toContain('Ask the warehouse for a client id and secret');
    expect(errors).toEqual([]);
  });

  it('keeps its place on the page when it upgrades: the labels are already laid out as tabs', async () => {
    for (const width of [390, 1280]) {
      const measure = async (script: 'blocked' | 'run') => {
        const { page } = await openPage({ viewport: { width, height: 800 } });
        if (script === 'blocked') await page.route(/\/Tabs\.[^/]*\.js$/, (route) => route.abort());
        await page.goto(guide());
        if (script === 'run') await page.getByRole('tablist').waitFor(patiently);
        else await page.locator('#configuration-steps').waitFor(patiently);
        return page.evaluate(() => ({
          defined: customElements.get('playbook-tabs') !== undefined,
          tabsHeight: Math.round(document.querySelector('playbook-tabs')!.getBoundingClientRect().height),
          nextHeading: Math.round(document.querySelector('#configuration-steps')!.getBoundingClientRect().top + scrollY),
        }));
      };
      const before = await measure('blocked');
      const after = await measure('run');
      expect(before.defined).toBe(false);
      expect(after.defined).toBe(true);
      expect({ ...after, defined: false }, `${width} px wide`).toEqual(before);
    }
  });
});

describe('copying code', () => {
  it('puts the code on the clipboard and says so in a live region, by mouse and by keyboard', async () => {
    const { page, errors } = await openPage();
    await page.context().grantPermissions(['clipboard-read', 'clipboard-write'], { origin: new URL(site.url()).origin });
    await upgraded(page);
    const json = page.locator('copy-code').filter({ has: page.locator('pre[data-language="json"]') });
    const clipboard = () => page.evaluate(() => navigator.clipboard.readText());

    await json.getByRole('button', { name: 'Copy' }).click();
    await expect.poll(clipboard, patiently).toBe('{\n  "order": "A-1001",\n  "lines": [{ "sku": "TEA-01", "quantity": 2 }]\n}');
    await expect.poll(() => json.getByRole('status').textContent(), patiently).toBe('Copied');

    // The block in the Warehouse tab, with the keyboard.
    await page.getByRole('tab', { name: 'Warehouse' }).click();
    const curl = page.getByRole('tabpanel', { name: 'Warehouse' }).getByRole('button', { name: 'Copy' });
    await curl.focus();
    await page.keyboard.press('Enter');
    await expect
      .poll(clipboard, patiently)
      .toBe('curl -X POST https://api.warehouse.example/oauth/token -d grant_type=client_credentials');
    expect(await page.getByRole('tabpanel', { name: 'Warehouse' }).getByRole('status').textContent()).toBe('Copied');
    expect(errors).toEqual([]);
  });

  it('leaves the diagram’s source without a button', async () => {
    const { page } = await openPage();
    await upgraded(page);
    expect(await page.getByRole('button', { name: 'Copy' }).count()).toBe(1); // the other block is in a hidden panel
    expect(await page.locator('mermaid-diagram button, figure.diagram copy-code').count()).toBe(0);
  });
});

describe('callouts', () => {
  it('read as their kind, their title and their text, in order', async () => {
    const { page, errors } = await openPage();
    await upgraded(page);
    const callouts = page.locator('.callout');
    expect(await callouts.count()).toBe(7);
    expect(await callouts.first().ariaSnapshot()).toBe(
      [
        '- paragraph: "Warning: Rate limits"',
        '- paragraph:',
        '  - text: The warehouse API allows',
        '  - strong: "100"',
        '  - text: calls a minute;',
        '  - link "pace the sync":',
        '    - /url: https://docs.example.org/limits',
        '  - text: .',
      ].join('\n'),
    );
    expect(await page.locator('.prose').getByRole('complementary').count()).toBe(0); // no landmark per callout
    for (const callout of await callouts.all()) expect(await callout.isVisible()).toBe(true);
    expect(errors).toEqual([]);
  });
});

// Every rule once at a phone's width in the light theme, then colour contrast (what the other theme and width
// change) at a desktop's width in the dark theme, on one page with its tabs upgraded and its code copied.
describe('accessibility', () => {
  it('has no WCAG A or AA violation at 390 px (light), nor a contrast failure at 1280 px (dark)', async () => {
    const { page, errors } = await openPage({ colorScheme: 'light', viewport: { width: 390, height: 900 } });
    await page.context().grantPermissions(['clipboard-read', 'clipboard-write'], { origin: new URL(site.url()).origin });
    await upgraded(page);
    await page.getByRole('button', { name: 'Copy' }).click();
    await expect.poll(() => page.getByRole('status').first().textContent(), patiently).toBe('Copied');
    expect(await accessibilityViolations(page)).toEqual([]);
    await page.setViewportSize({ width: 1280, height: 900 });
    await page.emulateMedia({ colorScheme: 'dark' });
    expect(await accessibilityViolations(page, { contrastOnly: true })).toEqual([]);
    expect(errors).toEqual([]);
  });
});

describe('without JavaScript', () => {
  it('shows every tab panel under its label, every callout, the steps and the code, and no Copy button', async () => {
    const { page } = await openPage({ javaScriptEnabled: false });
    await page.goto(guide());
    expect(await page.locator('playbook-tabs').ariaSnapshot()).toBe(
      [
        '- paragraph: Shop',
        '- paragraph:',
        '  - text: Create an API token in the shop’s admin, with the',
        '  - strong: orders:read',
        '  - text: scope.',
        '- paragraph: Warehouse',
        '- paragraph: "Ask the warehouse for a client id and secret:"',
        '- code: curl -X POST https://api.warehouse.example/oauth/token -d grant_type=client_credentials',
        '- paragraph: Sandbox',
        '- paragraph: Use the sandboxes of both systems while you build.',
      ].join('\n'),
    );
    for (const text of ['Shop', 'Create an API token', 'Warehouse', 'curl -X POST', 'Sandbox', 'Use the sandboxes']) {
      expect(await page.locator('playbook-tabs').getByText(text).first().isVisible(), text).toBe(true);
    }
    const callouts = await page.locator('.callout').all();
    expect(callouts).toHaveLength(7);
    for (const callout of callouts) expect(await callout.isVisible()).toBe(true);
    // The steps: still a list, numbered by the list's own counter.
    expect(await page.locator('.steps').ariaSnapshot()).toMatch(/^- list:\n(  - listitem: .*\n?){3}$/);
    const numbers = await page
      .locator('.steps li')
      .evaluateAll((items) => items.map((li) => getComputedStyle(li, '::before').content));
    expect(numbers).toEqual(['counter(list-item)', 'counter(list-item)', 'counter(list-item)']);
    expect(await page.getByRole('button', { name: 'Copy' }).count()).toBe(0);
  });
});

describe('on paper', () => {
  it('prints every tab panel under its label, the steps as a numbered list, and no buttons', async () => {
    const { page } = await openPage();
    await upgraded(page);
    await page.emulateMedia({ media: 'print' });
    // Every panel, each under its label, and no tab list.
    expect(await page.locator('playbook-tabs').ariaSnapshot()).toBe(
      [
        '- tabpanel "Shop":',
        '  - paragraph: Shop',
        '  - paragraph:',
        '    - text: Create an API token in the shop’s admin, with the',
        '    - strong: orders:read',
        '    - text: scope.',
        '- tabpanel "Warehouse":',
        '  - paragraph: Warehouse',
        '  - paragraph: "Ask the warehouse for a client id and secret:"',
        '  - code: curl -X POST https://api.warehouse.example/oauth/token -d grant_type=client_credentials',
        '- tabpanel "Sandbox":',
        '  - paragraph: Sandbox',
        '  - paragraph: Use the sandboxes of both systems while you build.',
      ].join('\n'),
    );
    expect(await page.getByRole('tablist').isVisible()).toBe(false);
    expect(await page.locator('copy-code button').first().isVisible()).toBe(false);
    expect(await page.locator('.steps ol').evaluate((ol) => getComputedStyle(ol).listStyleType)).toBe('decimal');
  });
});
