/**
 * Folds Astro's build log for large handbooks: Astro prints one line per page it renders
 * ("  ├─ /guides/x/index.html (+5ms)"), thousands of lines that bury everything else. `BuildLog`
 * passes every other line through and sums the page lines into one summary with the slowest pages.
 */

/** One rendered page, from its log line. */
export interface RenderedPage {
  path: string;
  ms: number;
}

// "00:33:11   ├─ /guides/x/index.html (+41ms)" or "(+1.20s)"; the timestamp and colours may be absent.
const pageLine = /^(?:\d\d:\d\d:\d\d)?\s+[├└]─ (\S+)(?: \(\+([\d.]+)(ms|s)\))?/u;
// ANSI colour codes, which Astro writes when it thinks the output is a terminal.
const colour = new RegExp(`${String.fromCharCode(27)}\\[[\\d;]*m`, 'g');

/** The page a log line reports, or undefined for any other line. */
export function parsePageLine(line: string): RenderedPage | undefined {
  const match = pageLine.exec(line.replace(colour, ''));
  if (!match) return undefined;
  const [, path, amount, unit] = match;
  return { path: path!, ms: amount ? Number(amount) * (unit === 's' ? 1000 : 1) : 0 };
}

/** "1,039 pages rendered; slowest: /portfolio/index.html 120 ms, …" */
export function pageSummary(pages: readonly RenderedPage[], slowest = 3): string {
  const count = `${pages.length.toLocaleString('en')} page${pages.length === 1 ? '' : 's'} rendered`;
  const top = [...pages]
    .sort((a, b) => b.ms - a.ms)
    .slice(0, slowest)
    .filter((page) => page.ms > 0)
    .map((page) => `${page.path} ${Math.round(page.ms)} ms`);
  return top.length ? `${count}; slowest: ${top.join(', ')}` : count;
}

/**
 * Splits a stream into lines and hands every line on except page lines; a run of page lines becomes
 * one summary line, printed where the run ends.
 */
export class BuildLog {
  /** Pages of the current run of page lines. */
  readonly pages: RenderedPage[] = [];
  readonly #print: (line: string) => void;
  #partial = '';

  /** @param print receives each line to show, without its newline. */
  constructor(print: (line: string) => void) {
    this.#print = print;
  }

  write(chunk: string): void {
    const lines = (this.#partial + chunk).split('\n');
    this.#partial = lines.pop() ?? '';
    for (const line of lines) this.#line(line);
  }

  /** Flushes a last line without a newline, and a summary of pages not yet summed up. */
  end(): void {
    if (this.#partial) this.#line(this.#partial);
    this.#partial = '';
    this.#summarise();
  }

  #line(line: string): void {
    const page = parsePageLine(line);
    if (page) {
      this.pages.push(page);
      return;
    }
    this.#summarise();
    this.#print(line);
  }

  #summarise(): void {
    if (this.pages.length === 0) return;
    this.#print(`  ${pageSummary(this.pages)}`);
    this.pages.length = 0;
  }
}

/** The build's line about the search index (written by the integration, read back by the benchmark). */
export function searchIndexLine(pages: number, seconds: number): string {
  return `Search index: ${pages} pages; every page checked for script (${seconds.toFixed(2)} s).`;
}

/** The seconds a build log's search-index line reports, or NaN when the log has none. */
export function searchIndexSeconds(log: string): number {
  return Number(/Search index: \d+ pages; every page checked for script \(([\d.]+) s\)/.exec(log)?.[1] ?? NaN);
}
