import { existsSync } from 'node:fs';
import { chromium, type Browser, type BrowserContext, type BrowserContextOptions, type Page } from 'playwright-core';
import { afterEach, beforeAll } from 'vitest';
import { axeScriptPath } from './server.ts';

/**
 * The browser: CHROMIUM_PATH, else Debian's chromium-headless-shell (Chromium's headless-only build, which the
 * browser tests need and which costs about half the CPU of the full browser run headless), else Debian's chromium.
 */
export const chromiumPath =
  process.env['CHROMIUM_PATH'] ??
  ['/usr/bin/chromium-headless-shell', '/usr/bin/chromium'].find((path) => existsSync(path)) ??
  '/usr/bin/chromium-headless-shell';

/**
 * Launches the system Chromium headless. Playwright's own browser download does not work on
 * every machine, so the tests use the distribution's package and say how to get it when missing.
 */
export async function launchBrowser(): Promise<Browser> {
  if (!existsSync(chromiumPath)) {
    throw new Error(
      `Chromium was not found at ${chromiumPath}. Install it with "sudo apt-get install chromium-headless-shell" on Debian, ` +
        'or set CHROMIUM_PATH to a Chromium or Chrome binary (on Ubuntu, whose chromium package is a snap stub: ' +
        'CHROMIUM_PATH=$(command -v google-chrome)). The browser tests cannot run without it.',
    );
  }
  return chromium.launch({
    executablePath: chromiumPath,
    // Without the network-related flags Chromium keeps trying to reach Google's hosts, which a closed network refuses.
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
    ],
  });
}

/**
 * A page that records console errors and uncaught exceptions, for asserting that there were none.
 * It opens in a new browser context, which the caller closes (`page.context().close()`); `useBrowser()` does that for you.
 */
export async function openPage(browser: Browser, options: BrowserContextOptions = {}): Promise<{ page: Page; errors: string[] }> {
  const context = await browser.newContext(options);
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(`console: ${message.text()}`);
  });
  page.on('pageerror', (error) => errors.push(`page error: ${error.message}`));
  return { page, errors };
}

/** The browser of this test worker, launched when a file first needs one and shared by the files the worker runs. */
let workerBrowser: Promise<Browser> | undefined;

/**
 * The browser for the tests of one file: call at the top level of the file or in a describe block.
 * `openPage()` works as the function of that name, on this browser; every context it opens is closed
 * after each test. One browser serves every file a worker runs (each Chromium costs a second of CPU to
 * start); it goes when the worker does, and a file whose browser crashed gets a new one.
 */
export function useBrowser(): { openPage: (options?: BrowserContextOptions) => Promise<{ page: Page; errors: string[] }> } {
  let browser: Browser | undefined;
  const contexts: BrowserContext[] = [];
  beforeAll(async () => {
    browser = await (workerBrowser ??= launchBrowser());
    if (!browser.isConnected()) browser = await (workerBrowser = launchBrowser());
  });
  // Closing a context twice is harmless, so a test may still close one early.
  // A context whose page holds a live connection (the dev server's) can take minutes to close under load; a test
  // that is done does not wait for that: after ten seconds the context is left to the browser's own shutdown.
  afterEach(async () => {
    const closing = Promise.all(contexts.splice(0).map((context) => context.close()));
    await Promise.race([closing, new Promise((later) => setTimeout(later, 10_000).unref())]);
  });
  return {
    openPage: async (options) => {
      if (!browser) throw new Error('useBrowser(): the browser is not launched yet; open pages inside a test.');
      const opened = await openPage(browser, options);
      contexts.push(opened.page.context());
      return opened;
    },
  };
}

/** Scrolls to the first diagram and waits until every diagram on the page has been drawn (or failed); returns "state: title" of each. */
export async function drawAll(page: Page): Promise<string[]> {
  await page.locator('mermaid-diagram').first().scrollIntoViewIfNeeded();
  await page.waitForFunction(() =>
    [...document.querySelectorAll('mermaid-diagram')].every((d) => (d as HTMLElement).dataset['state']),
  );
  return page.$$eval('mermaid-diagram', (all) =>
    all.map((d) => `${(d as HTMLElement).dataset['state']}: ${(d as HTMLElement).dataset['title']}`),
  );
}

/**
 * WCAG 2.x A and AA violations axe finds on the page, one readable line each (empty when clean); with
 * `contrastOnly`, only colour contrast (the one check a second theme can change). axe-core runs in the page
 * directly (its Playwright wrapper injects and collects far more per run) and reports only violations.
 * The page must come from `serveSite`, which serves axe-core beside the site.
 */
export async function accessibilityViolations(page: Page, { contrastOnly = false } = {}): Promise<string[]> {
  if (!(await page.evaluate(() => 'axe' in window))) await page.addScriptTag({ url: axeScriptPath });
  const runOnly = contrastOnly
    ? { type: 'rule', values: ['color-contrast'] }
    : { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'] };
  const violations = await page.evaluate(async (only) => {
    const axe = (
      window as unknown as {
        axe: {
          run: (
            context: Document,
            options: object,
          ) => Promise<{ violations: { id: string; nodes: { target: string[]; failureSummary?: string }[] }[] }>;
        };
      }
    ).axe;
    return (await axe.run(document, { runOnly: only, resultTypes: ['violations'] })).violations;
  }, runOnly);
  return violations.flatMap((v) =>
    v.nodes.map((n) => `${v.id}: ${n.target.join(' ')} — ${n.failureSummary?.split('\n').slice(1).join(' ')}`),
  );
}
