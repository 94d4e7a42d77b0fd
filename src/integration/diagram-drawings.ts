import { fork } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync } from 'node:fs';
import { mkdir, readFile, rename, writeFile } from 'node:fs/promises';
import { setPriority } from 'node:os';
import { join } from 'node:path';
import type { AstroIntegrationLogger } from 'astro';
import { keptFile, type DrawnDiagram } from '../lib/diagrams/drawings.ts';
import { keptDiagramsDir, mermaidDist, mermaidVersion } from '../lib/diagrams/kept.ts';
import { diagramFont, mermaidConfig } from '../lib/diagrams/mermaid-config.ts';
import { packageModule } from '../lib/module-file.ts';

/** How a drawing is finished after Mermaid draws it (size, classes); a change draws every diagram afresh. */
const drawingFormat = 2;
/** An address no network answers: the page and Mermaid's files are served to the browser from here, from disk. */
const origin = 'http://diagrams.invalid';

/**
 * The folder drawings are kept in between builds: inside the folder of kept diagrams (see `keptDiagramsDir`), a folder
 * named by Mermaid's version and a digest of the drawing rules, so that a change to either draws every diagram afresh.
 */
export function drawingsDir(root: string, env: Record<string, string | undefined>): string {
  const rules = createHash('sha256')
    .update(JSON.stringify([drawingFormat, mermaidConfig('light', diagramFont), mermaidConfig('dark', diagramFont)]))
    .digest('hex')
    .slice(0, 8);
  return join(keptDiagramsDir(root, env), `mermaid-${mermaidVersion}-${rules}`);
}

/** Where a Chromium is: PLAYBOOK_BROWSER (a path, or "none" to draw in readers' browsers), else the usual places. */
export function findBrowser(env: Record<string, string | undefined>): string | undefined {
  const chosen = env['PLAYBOOK_BROWSER'];
  if (chosen === 'none') return undefined;
  if (chosen) return chosen;
  return [
    '/usr/bin/chromium-headless-shell',
    '/usr/bin/chromium',
    '/usr/bin/google-chrome',
    '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome',
  ].find((path) => existsSync(path));
}

/** The distinct sources, and those of them with no drawing kept in `folder`. */
function notDrawnYet(sources: readonly string[], folder: string): { unique: string[]; missing: string[] } {
  const unique = [...new Set(sources)];
  return { unique, missing: unique.filter((source) => !existsSync(keptFile(folder, source))) };
}

/** What drawing the diagrams at build time did. */
export interface DrawReport {
  drawn: number;
  /** Drawn by an earlier build and kept. */
  kept: number;
  /** Sources Mermaid could not draw (their pages draw them in the browser, where the reader sees Mermaid's message). */
  failed: string[];
}

/**
 * Draws every diagram not drawn before, in both themes, in a headless Chromium with Mermaid's own browser build,
 * and keeps each drawing in `cacheDir` under its digest. Each SVG is set to its natural size: pages scroll a wide
 * drawing rather than shrink its text.
 */
export async function drawDiagrams(sources: readonly string[], cacheDir: string, browserPath: string): Promise<DrawReport> {
  const { unique, missing } = notDrawnYet(sources, cacheDir);
  const report: DrawReport = { drawn: 0, kept: unique.length - missing.length, failed: [] };
  if (missing.length === 0) return report;
  const { chromium } = await import('playwright-core');
  // Without the network flags Chromium keeps trying to reach Google's hosts, which a closed build network refuses.
  const browser = await chromium.launch({
    executablePath: browserPath,
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--no-first-run'],
  });
  try {
    const page = await browser.newPage();
    await page.route(`${origin}/**`, async (route) => {
      const path = new URL(route.request().url()).pathname;
      if (path === '/')
        return route.fulfill({
          contentType: 'text/html',
          body: `<!doctype html><body style="font-family: ${diagramFont}"></body>`,
        });
      const file = join(mermaidDist, path);
      if (!file.startsWith(mermaidDist) || !/\.mjs$/.test(file)) return route.abort();
      return route.fulfill({ contentType: 'text/javascript', body: await readFile(file) });
    });
    await page.goto(`${origin}/`);
    // The ES module build loads only what each diagram kind needs: a tenth of the time of the 5.5 MB single file.
    // A string, not a function: a bundler or test runner would rewrite a function's import() for Node.
    await page.evaluate(`import('/mermaid.esm.min.mjs').then((module) => { window.mermaid = module.default; })`);
    await mkdir(cacheDir, { recursive: true });
    for (const source of missing) {
      const file = keptFile(cacheDir, source);
      const id = `d${file.slice(-25, -5)}`;
      const drawing = await page.evaluate(
        async ({ source, id, configs }) => {
          const mermaid = (window as unknown as { mermaid: typeof import('mermaid').default }).mermaid;
          const drawn: Record<string, string> = {};
          try {
            for (const [theme, config] of Object.entries(configs)) {
              mermaid.initialize(config as Parameters<typeof mermaid.initialize>[0]);
              const { svg } = await mermaid.render(`${id}-${theme}`, source);
              const holder = document.createElement('div');
              holder.innerHTML = svg;
              const element = holder.querySelector('svg')!;
              const box = element.viewBox.baseVal;
              // Natural size; the stylesheet lets it shrink to 3/4 (Mermaid's 16 px text to 12 px), then scroll.
              element.setAttribute('style', `--natural-width: ${Math.ceil(box.width)}px`);
              element.setAttribute('width', String(Math.ceil(box.width)));
              element.setAttribute('height', String(Math.ceil(box.height)));
              element.setAttribute('aria-hidden', 'true');
              // The stylesheet shows the reader's theme: .diagram-light or .diagram-dark.
              element.classList.add(`diagram-${theme}`);
              drawn[theme] = element.outerHTML;
            }
            return drawn;
          } catch {
            return undefined;
          }
        },
        { source, id, configs: { light: mermaidConfig('light', diagramFont), dark: mermaidConfig('dark', diagramFont) } },
      );
      if (!drawing?.['light'] || !drawing['dark']) {
        report.failed.push(source);
        continue;
      }
      // Written whole, then renamed: builds running side by side never read half a file.
      const partial = `${file}.${process.pid}.tmp`;
      await writeFile(partial, JSON.stringify({ light: drawing['light'], dark: drawing['dark'] } satisfies DrawnDiagram));
      await rename(partial, file);
      report.drawn++;
    }
  } finally {
    await browser.close();
  }
  return report;
}

/**
 * Starts drawing a build's authored diagrams in a headless Chromium, when one is at hand, while Astro starts up.
 * Returns the drawings' folder for the pages (undefined: pages draw in the reader's browser) and a promise that
 * settles, never rejecting, once every drawing is written. Without a browser, or when it fails, the build goes on
 * and says why: the pages then draw their diagrams in the reader's browser.
 */
export function startDrawing(
  root: string,
  sources: readonly string[],
  env: Record<string, string | undefined>,
  logger: AstroIntegrationLogger,
): { folder: string | undefined; done: Promise<void> } {
  if (sources.length === 0) return { folder: undefined, done: Promise.resolve() };
  const browser = findBrowser(env);
  if (!browser) {
    const why =
      env['PLAYBOOK_BROWSER'] === 'none' ? 'PLAYBOOK_BROWSER=none' : 'no Chromium found; set PLAYBOOK_BROWSER to its path';
    logger.info(`Diagrams: drawn in readers' browsers (${why}).`);
    return { folder: undefined, done: Promise.resolve() };
  }
  const folder = drawingsDir(root, env);
  const started = performance.now();
  const done = drawInChild(sources, folder, browser).then(
    ({ drawn, kept, failed }) => {
      const seconds = ((performance.now() - started) / 1000).toFixed(2);
      logger.info(`Diagrams: ${drawn} drawn at build time, ${kept} kept from earlier builds (${seconds} s).`);
      if (failed.length) logger.warn(`Diagrams: ${failed.length} could not be drawn at build time; readers' browsers draw them.`);
    },
    (error: unknown) => {
      logger.warn(
        `Diagrams: drawing in ${browser} failed, so readers' browsers draw them (${error instanceof Error ? error.message.split('\n')[0] : String(error)}).`,
      );
    },
  );
  return { folder, done };
}

/** The child process's file: the TypeScript source when running from it, the compiled module in a package. */
const childFile = packageModule('./draw-process', import.meta.url);

/**
 * `drawDiagrams` in a child process at a lower CPU priority (nice 10), which its Chromium inherits: on a busy
 * machine the build's own work goes first, and drawing fills the time a core would sit idle (page rendering
 * keeps one core busy, not two). Only when every diagram is kept already does no process start.
 */
function drawInChild(sources: readonly string[], folder: string, browser: string): Promise<DrawReport> {
  const { unique, missing } = notDrawnYet(sources, folder);
  if (missing.length === 0) return Promise.resolve({ drawn: 0, kept: unique.length, failed: [] });
  return new Promise((resolve, reject) => {
    const child = fork(childFile, { stdio: ['ignore', 'inherit', 'inherit', 'ipc'] });
    try {
      setPriority(child.pid!, 10);
    } catch {
      // Not allowed here (some containers): it draws at the build's priority.
    }
    child.once('message', (reply: { report?: DrawReport; error?: string }) =>
      reply.report ? resolve(reply.report) : reject(new Error(reply.error ?? 'no report')),
    );
    child.once('error', reject);
    child.once('exit', (code) => reject(new Error(`the drawing process stopped (exit code ${code}) before it reported`)));
    child.send({ sources: unique, folder, browser });
  });
}
