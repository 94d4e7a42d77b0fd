import type { Locator, Page } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';
import { accessibilityViolations, useBrowser } from '../helpers/browser.ts';
import { servedFixture } from '../helpers/fixture.ts';

// Search over the reader fixture (test/fixtures/reader), whose words the tests can name.
const site = inject('readerUrl');
const { openPage } = useBrowser();

const resultTitles = (page: Page) => page.locator('pagefind-results .pf-result-link').allTextContents();

/**
 * The result titles once Pagefind has finished listing them: it renders results as they load, so a count read
 * early can be short. Settled means non-empty and the same on two reads 250 ms apart.
 */
async function settledTitles(page: Page): Promise<string[]> {
  let previous = '';
  let titles: string[] = [];
  await expect
    .poll(
      async () => {
        titles = await resultTitles(page);
        const now = titles.join('\n');
        const settled = titles.length > 0 && now === previous;
        previous = now;
        return settled;
      },
      { timeout: 10_000, interval: 250 },
    )
    .toBe(true);
  return titles;
}

/** Runs a query through Pagefind's own JavaScript API on the site served at `root`, for checks on what is indexed. */
async function searchIndex(
  page: Page,
  term: string,
  root = site,
): Promise<{ url: string; content: string; filters: Record<string, string[]> }[]> {
  // A string, so the test runner does not rewrite the browser's own dynamic import.
  return page.evaluate(`(async () => {
    const pagefind = await import(${JSON.stringify(`${root}pagefind/pagefind.js`)});
    const { results } = await pagefind.search(${JSON.stringify(term)});
    return Promise.all(results.map((result) => result.data()));
  })()`);
}

/** Types into the search box once it has the focus (the dialog focuses it a moment after it appears). */
async function typeInto(box: Locator, text: string): Promise<void> {
  await box.waitFor();
  await expect.poll(() => box.evaluate((input) => input === document.activeElement)).toBe(true);
  await box.page().keyboard.type(text);
}

describe('search', () => {
  it('loads no search code until the reader opens search', async () => {
    const { page } = await openPage();
    const requests: string[] = [];
    page.on('request', (request) => requests.push(new URL(request.url()).pathname));
    await page.goto(`${site}guides/accounts-to-billing/`);
    await page.waitForLoadState('networkidle');
    expect(requests.filter((path) => path.includes('/pagefind/'))).toEqual([]);
    await page.getByRole('button', { name: /Search/ }).click();
    await page.getByRole('dialog').getByRole('searchbox').waitFor();
    expect(requests.filter((path) => path.includes('/pagefind/')).length).toBeGreaterThan(0);
  });

  it('opens with "/", finds a word from one guide’s body with that guide first, and closes with Escape', async () => {
    const { page, errors } = await openPage();
    await page.goto(site);
    await page.keyboard.press('/');
    const dialog = page.getByRole('dialog');
    await typeInto(dialog.getByRole('searchbox'), 'quarkflimsy');
    await expect.poll(() => resultTitles(page), { timeout: 10_000 }).toEqual(['Accounts to billing']);
    expect(await page.locator('pagefind-results mark').first().textContent()).toMatch(/quarkflimsy/i);
    expect(await page.locator('pagefind-results .badge').first().textContent()).toBe('Guide');
    await page.keyboard.press('Escape');
    await page.keyboard.press('Escape');
    await expect.poll(() => dialog.isVisible(), { timeout: 10_000 }).toBe(false);
    expect(errors).toEqual([]);
  });

  it('opens with Ctrl+K, picks a result with the arrow keys and Enter', async () => {
    const { page } = await openPage();
    await page.goto(`${site}systems/`);
    await page.keyboard.press('Control+k');
    await typeInto(page.getByRole('dialog').getByRole('searchbox'), 'regulator');
    await expect.poll(() => resultTitles(page), { timeout: 10_000 }).toContain('Nightly file drop');
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('Enter');
    await page.waitForURL(/\/guides\/nightly-file-drop\//);
  });

  it('narrows results with a filter', async () => {
    const { page } = await openPage();
    await page.goto(`${site}search/?q=integration`);
    const all = await settledTitles(page);
    expect(all.length).toBeGreaterThan(2);
    await page.goto(`${site}search/?q=integration&type=Guide`);
    const onlyGuides = async () => {
      // Each result's type badge; a deprecated guide carries a second badge saying so.
      const badges = (await page.locator('pagefind-results .badge').allTextContents()).filter((badge) => badge !== 'Deprecated');
      return badges.length > 0 && badges.every((badge) => badge === 'Guide');
    };
    await expect.poll(onlyGuides, { timeout: 10_000 }).toBe(true);
    const guides = await settledTitles(page);
    expect(guides.length).toBeLessThan(all.length);
  });

  it('links a match inside a section to that section’s heading, with a clean excerpt', async () => {
    const { page } = await openPage();
    await page.goto(`${site}search/?q=quarkflimsy`);
    await expect.poll(() => resultTitles(page), { timeout: 10_000 }).toEqual(['Accounts to billing']);
    const section = page.locator('pagefind-results .pf-heading-link').first();
    expect(await section.textContent()).toBe('Error handling');
    expect(await section.getAttribute('href')).toBe('/guides/accounts-to-billing/#error-handling');
    expect(await page.locator('pagefind-results .pf-heading-excerpt').first().textContent()).toMatch(
      /Failed deliveries are retried with backoff; the quarkflimsy rule/,
    );
    await section.click();
    await page.waitForURL('**/guides/accounts-to-billing/#error-handling');
  });

  it('focuses the search box on /search/, and keeps the dialog’s facets behind one Filters control', async () => {
    const { page } = await openPage();
    await page.goto(`${site}search/`);
    await expect.poll(() => page.evaluate(() => document.activeElement?.closest('pagefind-input') !== null)).toBe(true);
    await page.goto(site);
    await page.keyboard.press('/');
    const dialog = page.getByRole('dialog');
    await dialog.getByRole('searchbox').waitFor();
    const filters = dialog.locator('details.search-filters');
    expect(await filters.locator('summary').textContent()).toBe('Filters');
    expect(await filters.getAttribute('open')).toBeNull();
    await typeInto(dialog.getByRole('searchbox'), 'integration');
    await settledTitles(page);
    expect(await dialog.locator('pagefind-filter-pane').isVisible()).toBe(false);
  });

  it('has one close control in the dialog on a phone', async () => {
    const { page } = await openPage({ viewport: { width: 390, height: 800 } });
    await page.goto(site);
    await page.keyboard.press('/');
    const dialog = page.getByRole('dialog');
    await dialog.getByRole('searchbox').waitFor();
    expect(await dialog.getByRole('button', { name: /close/i }).filter({ visible: true }).count()).toBe(1);
  });

  it('reopens the same results from a shared /search/ link, and keeps the URL in step', async () => {
    const { page, errors } = await openPage();
    await page.goto(`${site}search/?q=quarkflimsy`);
    await expect.poll(() => resultTitles(page), { timeout: 10_000 }).toEqual(['Accounts to billing']);
    expect(await page.locator('search-page pagefind-input input').inputValue()).toBe('quarkflimsy');
    await page.locator('search-page pagefind-input input').fill('regulator');
    await expect.poll(() => page.url(), { timeout: 10_000 }).toContain('?q=regulator');
    expect(errors).toEqual([]);
  });

  it('indexes only the main content: no navigation, footer, table of contents or diagram source', async () => {
    const { page } = await openPage();
    await page.goto(site);
    const [hit] = await searchIndex(page, 'quarkflimsy');
    expect(hit?.url).toBe('/guides/accounts-to-billing/');
    expect(hit?.content).not.toContain('Skip to content');
    expect(hit?.content).not.toContain('A small handbook the browser tests read');
    expect(hit?.content).not.toContain('On this page');
    expect(hit?.content).not.toContain('flowchart LR');
    // Prose only: no facts table, tags, notices or "Estimate this integration" in what excerpts are cut from.
    for (const chrome of ['Owner', 'Last reviewed', 'Tags:', 'Estimate this integration'])
      expect(hit?.content).not.toContain(chrome);
    expect(hit?.filters).toMatchObject({ type: ['Guide'], size: ['M'], status: ['Active'], system: ['CRM One', 'Billing Two'] });
    expect(await searchIndex(page, 'Portfolio Quote Handbook Tags')).not.toContainEqual(expect.objectContaining({ url: '/' }));
    // The tools are found by their names.
    expect(await searchIndex(page, 'quote')).toContainEqual(expect.objectContaining({ url: '/quote/' }));
    expect(await searchIndex(page, 'portfolio')).toContainEqual(expect.objectContaining({ url: '/portfolio/' }));
  });

  it('has no accessibility violations with the dialog open, and no contrast failure in the dark theme', async () => {
    const { page } = await openPage({ colorScheme: 'light' });
    await page.goto(site);
    await page.keyboard.press('/');
    await typeInto(page.getByRole('dialog').getByRole('searchbox'), 'ledger');
    await expect.poll(async () => (await resultTitles(page)).length, { timeout: 10_000 }).toBeGreaterThan(0);
    expect(await accessibilityViolations(page), 'light').toEqual([]);
    await page.emulateMedia({ colorScheme: 'dark' });
    expect(await accessibilityViolations(page, { contrastOnly: true }), 'dark').toEqual([]);
  });

  it('says search needs JavaScript and links to the indexes when it is off', async () => {
    const { page } = await openPage({ javaScriptEnabled: false });
    await page.goto(`${site}search/?q=ledger`);
    expect(await page.getByText('Search needs JavaScript').isVisible()).toBe(true);
    expect(await page.getByRole('navigation', { name: 'Indexes' }).getByRole('link', { name: 'Guides' }).count()).toBe(1);
  });
});

describe('a handbook served under a base path', () => {
  const fixture = servedFixture('test/fixtures/diagrams', '/playbook/');

  it('leaves drafts out of the published index', async () => {
    const { page } = await openPage();
    await page.goto(`${fixture.url()}guides/unfinished-draft/`);
    expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe('Unfinished draft');
    expect(await searchIndex(page, 'zanzibarquokka', fixture.url())).toEqual([]);
    expect((await searchIndex(page, 'hostile', fixture.url())).length).toBeGreaterThan(0);
  });

  it('links each result to its page under the base path', async () => {
    const { page, errors } = await openPage();
    await page.goto(`${fixture.url()}search/?q=hostile`);
    const first = page.locator('pagefind-results .pf-result-link').first();
    await first.waitFor();
    expect(await first.getAttribute('href')).toBe('/playbook/guides/hostile-labels/');
    await first.click();
    await page.waitForURL('**/playbook/guides/hostile-labels/');
    expect(await page.getByRole('heading', { level: 1 }).count()).toBe(1);
    expect(errors).toEqual([]);
  });
});
