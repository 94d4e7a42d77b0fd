// What any team's handbook must satisfy, whatever it says: it passes check, it builds, every internal link
// and anchor resolves, pages stay within their budgets, and every page type passes axe without layout shift.
// These tests name no entry. Two files run them: on the starter handbook in content/, and on a second,
// different handbook (the reader fixture), which is the proof that replacing content/ with any valid handbook
// leaves them green. Two files, so that the two run side by side.
import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { dirname, join, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { defaultRegistry } from '../../src/lib/content/collections.ts';
import { builtPageTypes } from '../../src/bench/page-types.ts';
import { accessibilityViolations, drawAll, useBrowser } from './browser.ts';
import { projectRoot, runPlaybookHere } from './build.ts';
import { brokenLinks, htmlFiles, page } from './html.ts';
import { readHandbookSources } from '../../src/lib/content/read.ts';
import { handbookPages } from '../../src/lib/content/validate.ts';
import { sizeBands } from '../../src/lib/estimate.ts';
import { readModels } from '../../src/lib/models.ts';

/** The general tests of one built handbook, served at `url` from the folder `dir`, its content folder `content`. */
export function describeHandbook(name: string, { content, url, dir }: { content: string; url: string; dir: string }): void {
  describe(name, () => {
    const { openPage } = useBrowser();
    it('passes check', async () => {
      // In the project folder it was built in, whose public/ holds the handbook's logo and stylesheet.
      const { code, output } = await runPlaybookHere(['check'], {
        cwd: dirname(dir),
        env: { PLAYBOOK_CONTENT: resolve(projectRoot, content) },
      });
      expect(output).not.toContain('  error  ');
      expect(code).toBe(0);
    });

    it('builds a site whose every internal link and anchor resolves', async () => {
      expect(existsSync(join(dir, 'index.html'))).toBe(true);
      expect(await brokenLinks(dir, '/')).toEqual([]);
    });

    it("lets check's link rule know exactly the anchors each built page has", async () => {
      // What check accepts after "#" on each page, against the ids of the page's main region and headings.
      const { entries } = readHandbookSources(resolve(projectRoot, content), projectRoot);
      const tags = entries.flatMap((source) => {
        const list = (source.yaml.data as { tags?: unknown } | undefined)?.tags;
        return Array.isArray(list) ? list.filter((tag): tag is string => typeof tag === 'string') : [];
      });
      const known = handbookPages(entries, defaultRegistry, tags);
      const differences: Record<string, { onlyInCheck: string[]; onlyOnPage: string[] }> = {};
      for (const path of known.keys()) {
        const file = join(path.slice(1), 'index.html');
        if (!existsSync(join(dir, file))) continue; // a draft's page, or a page of a collection this handbook leaves empty
        const html = await page(dir, file);
        const real = new Set(html.querySelectorAll('main[id], h2[id], h3[id], h4[id], h5[id], h6[id]').map((e) => e.id));
        const checked = known.get(path)!;
        const onlyInCheck = [...checked].filter((anchor) => !real.has(anchor));
        const onlyOnPage = [...real].filter((anchor) => !checked.has(anchor));
        if (onlyInCheck.length || onlyOnPage.length) differences[path] = { onlyInCheck, onlyOnPage };
      }
      expect(differences).toEqual({});
    });

    it('states, in any table of hours per size, the hours the estimation model gives that size', async () => {
      // A hand-written "M | 45–90 hours" beside the model's 26–89 h is what this catches; <SizeHours /> never differs.
      const { models } = await readModels({ contentDir: resolve(projectRoot, content), root: projectRoot });
      const bands = new Map(sizeBands(models.estimate).map((band) => [band.size, band]));
      const range = /(\d+(?:\.\d+)?)\s*(?:h|hours)?\s*[–-]\s*(\d+(?:\.\d+)?)\s*(?:h\b|hours)/;
      const disagreeing: string[] = [];
      for (const file of await htmlFiles(dir)) {
        // Tables of recorded actual hours (data-actuals) are what happened, not what the model says.
        for (const table of (await page(dir, file)).querySelectorAll('main table:not([data-actuals])')) {
          if (table.querySelector('thead th, tr th')?.textContent.trim() !== 'Size') continue;
          for (const row of table.querySelectorAll('tbody tr')) {
            const [first, ...cells] = row.querySelectorAll('th, td').map((cell) => cell.textContent.trim());
            const band = bands.get(first?.split(/\s/)[0] as 'S' | 'M' | 'L');
            if (!band) continue;
            const allowed = [band.hours, band.withContingency].map(({ low, high }) => `${Number(low)}–${Number(high)}`);
            for (const cell of cells) {
              const found = range.exec(cell);
              if (found && !allowed.includes(`${Number(found[1])}–${Number(found[2])}`))
                disagreeing.push(`${file}: ${band.size} "${cell}" (the model: ${allowed.join(' h, or with contingency ')} h)`);
            }
          }
        }
      }
      expect(disagreeing).toEqual([]);
    });

    it('keeps every page under 40 KB of HTML and its CSS under 20 KB, compressed as a server sends them', async () => {
      const gzip = async (file: string) => gzipSync(await readFile(join(dir, file))).length;
      const heavy: string[] = [];
      const sheets = new Set<string>();
      for (const file of await htmlFiles(dir)) {
        if ((await gzip(file)) > 40 * 1024) heavy.push(file);
        for (const [, sheet] of (await readFile(join(dir, file), 'utf8')).matchAll(/<link rel="stylesheet" href="\/([^"]+)"/g))
          sheets.add(sheet!);
      }
      expect(heavy).toEqual([]);
      let css = 0;
      for (const sheet of sheets) css += await gzip(sheet);
      expect(css).toBeLessThanOrEqual(20 * 1024);
    });

    // Every rule at a phone's width in the light theme, on a fresh load whose layout shift is measured from the
    // first paint until the page has settled (diagrams drawn included): what scripts upgrade must already be laid
    // out in its final form. Then the same page widened to a desktop and switched to the dark theme, as a reader
    // may do, for colour contrast: the one check a theme changes.
    it('passes axe on every page type at 390 px, and colour contrast at 1280 px in the dark theme, without layout shift or console errors', async () => {
      const found: Record<string, string[]> = {};
      const { page, errors } = await openPage();
      await page.addInitScript(() => {
        const shifts = { total: 0 };
        (window as unknown as { __layoutShift: typeof shifts }).__layoutShift = shifts;
        new PerformanceObserver((list) => {
          for (const entry of list.getEntries() as (PerformanceEntry & { value: number; hadRecentInput: boolean })[])
            if (!entry.hadRecentInput) shifts.total += entry.value;
        }).observe({ type: 'layout-shift', buffered: true });
      });
      for (const [kind, path] of await builtPageTypes(dir)) {
        errors.length = 0;
        await page.setViewportSize({ width: 390, height: 800 });
        await page.emulateMedia({ colorScheme: 'light' });
        await page.goto(`${url}${path}`);
        if (await page.locator('mermaid-diagram').count()) await drawAll(page); // the drawn diagrams too, not only their source
        await page.waitForLoadState('load');
        const shift = await page.evaluate(() => (window as unknown as { __layoutShift: { total: number } }).__layoutShift.total);
        const phone = [
          ...(shift < 0.02 ? [] : [`cumulative layout shift ${shift.toFixed(3)} (expected under 0.02)`]),
          ...(await accessibilityViolations(page)),
        ];
        await page.setViewportSize({ width: 1280, height: 800 });
        await page.emulateMedia({ colorScheme: 'dark' });
        const desktop = await accessibilityViolations(page, { contrastOnly: true });
        const console = errors.filter((error) => !(kind === '404' && error.includes('404')));
        for (const [where, problems] of [
          ['390 px, light', phone],
          ['1280 px, dark', desktop],
          ['console', console],
        ] as const) {
          if (problems.length) found[`${kind} (${path}), ${where}`] = [...problems];
        }
      }
      expect(found).toEqual({});
    });
  });
}
