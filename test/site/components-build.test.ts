import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import type { HTMLElement } from 'node-html-parser';
import { beforeAll, describe, expect, inject, it } from 'vitest';
import { pageScripts } from '../../src/bench/page-scripts.ts';
import { projectRoot, runPlaybook } from '../helpers/build.ts';
import { page } from '../helpers/html.ts';
import { makeProject } from '../helpers/project.ts';

// The components fixture: one guide that uses every component, every GitHub alert, code blocks and a diagram.
let outDir = '';
let guide: HTMLElement;
beforeAll(async () => {
  // Built once for the run (test/helpers/global-setup.ts); the browser tests read the same build.
  outDir = inject('builtFixtures')['test/fixtures/components@/']!;
  guide = await page(outDir, 'guides/orders-to-warehouse/index.html');
});

const words = (element: HTMLElement | null | undefined) => element?.textContent.replace(/\s+/g, ' ').trim();

describe('the components an entry uses, built', () => {
  it('renders each callout and GitHub alert as a callout, with its kind in words before its title', () => {
    const callouts = guide.querySelectorAll('.prose .callout');
    // Without `processor.options.mdastPlugins.push(alerts())` in src/integration/index.ts, only the first two are callouts.
    expect(callouts.map((c) => [c.getAttribute('data-callout'), words(c.querySelector('.callout-title'))])).toEqual([
      ['warning', 'Warning: Rate limits'],
      ['note', 'Note'],
      ['note', 'Note'],
      ['tip', 'Tip: Batch the calls'],
      ['important', 'Important'],
      ['warning', 'Warning'],
      ['caution', 'Caution'],
    ]);
    expect(callouts.every((c) => c.tagName === 'DIV')).toBe(true); // not <aside>: no landmark per callout
    expect(callouts.map((c) => c.querySelectorAll('.callout-title svg[aria-hidden="true"]').length)).toEqual([
      1, 1, 1, 1, 1, 1, 1,
    ]);
    expect(callouts[0]?.querySelector('.callout-body')?.innerHTML).toBe(
      '<p>The warehouse API allows <strong>100</strong> calls a minute; <a href="https://docs.example.org/limits">pace the sync</a>.</p>',
    );
    expect(callouts[3]?.querySelectorAll('.callout-body > p').map(words)).toEqual([
      'Send up to 50 orders in one request.',
      'It saves most of the quota.',
    ]);
  });

  it('keeps a blockquote that is not an alert, and leaves no alert marker in the page', () => {
    expect(guide.querySelectorAll('.prose blockquote').map(words)).toEqual([
      'Integration is a team sport: this quote stays a quote.',
    ]);
    expect(guide.querySelector('.prose')?.textContent).not.toMatch(/\[!/);
  });

  it('wraps the steps’ ordered list, numbers and all, without changing it', () => {
    const items = guide.querySelectorAll('.prose .steps > ol > li');
    expect(items.map(words)).toEqual([
      'Create the order webhook in the shop.',
      'Map the order fields to the warehouse’s.',
      'Turn the webhook on and watch the first orders arrive.',
    ]);
  });

  it('shows every tab panel under its label in the HTML; the tab list is added by the script', () => {
    const tabs = guide.querySelector('.prose playbook-tabs');
    const panels = tabs?.querySelectorAll(':scope > .tab-panel') ?? [];
    expect(
      panels.map((panel) => [words(panel.querySelector('.tab-label')), words(panel.querySelector('.tab-body > p'))]),
    ).toEqual([
      ['Shop', 'Create an API token in the shop’s admin, with the orders:read scope.'],
      ['Warehouse', 'Ask the warehouse for a client id and secret:'],
      ['Sandbox', 'Use the sandboxes of both systems while you build.'],
    ]);
    expect(panels[1]?.querySelectorAll('.tab-body > copy-code > pre')).toHaveLength(1);
    expect(tabs?.querySelectorAll('[role], [hidden], button')).toEqual([]);
  });

  it('wraps every code block, and only code blocks, in <copy-code>, with no button before the script runs', () => {
    const blocks = guide.querySelectorAll('.prose pre.astro-code');
    expect(blocks.map((pre) => pre.getAttribute('data-language'))).toEqual(['sh', 'json']);
    expect(blocks.every((pre) => pre.parentNode.tagName === 'COPY-CODE')).toBe(true);
    expect(guide.querySelectorAll('copy-code')).toHaveLength(2);
    expect(guide.querySelectorAll('copy-code button, copy-code [role="status"]')).toEqual([]);
    // The mermaid fence is a diagram, drawn by the build and named by its accTitle, not a code block.
    const diagram = guide.querySelector('figure.diagram [role="img"]');
    expect(diagram?.getAttribute('aria-label')).toBe('Order flow');
    expect(words(diagram?.querySelector('svg.diagram-light'))).toContain('Shop');
    expect(diagram?.closest('copy-code')).toBeNull();
  });

  it('loads each component’s script as a file, once, on the pages that use the component only', async () => {
    const scripts = guide.querySelectorAll('script');
    const sources = scripts.map((s) => s.getAttribute('src')).filter((src) => src !== undefined);
    expect(sources.filter((src) => /CodeBlock|Tabs/.test(src))).toEqual([
      expect.stringMatching(/^\/_astro\/CodeBlock\.[^/]+\.js$/),
      expect.stringMatching(/^\/_astro\/Tabs\.[^/]+\.js$/),
    ]);
    // The theme's inline script (Base.astro) is the only one: a strict Content-Security-Policy allows files only.
    const inline = scripts.filter((s) => s.getAttribute('src') === undefined && s.getAttribute('type') !== 'application/json');
    expect(inline.map((s) => s.rawText)).toEqual([expect.stringContaining('theme')]);
    expect(guide.querySelector('[onclick], [onkeydown]')).toBeNull();

    const system = await readFile(join(outDir, 'systems/shop/index.html'), 'utf8');
    expect(system).not.toMatch(/CodeBlock|Tabs\.astro|copy-code|playbook-tabs/);
  });

  it('adds at most 1.3 KB of compressed JavaScript for code blocks and tabs', async () => {
    const { files } = pageScripts(outDir, 'guides/orders-to-warehouse/index.html');
    const ours = files.filter((file) => /CodeBlock|Tabs|define-element/.test(file));
    expect(ours).toHaveLength(3);
    let bytes = 0;
    for (const file of ours) bytes += gzipSync(await readFile(join(outDir, file))).length;
    expect(bytes).toBeLessThanOrEqual(1300);
  });
});

describe('a callout of a kind that does not exist', () => {
  it('stops the build, naming the kind and the closest one', async () => {
    const fixture = await readFile(join(projectRoot, 'test/fixtures/components/guides/orders-to-warehouse.mdx'), 'utf8');
    const root = await makeProject({
      fixture: 'test/fixtures/components',
      files: { 'content/guides/orders-to-warehouse.mdx': fixture.replace('<Callout>', '<Callout type="warn">') },
    });
    const build = await runPlaybook(['build'], { cwd: root });
    expect(build.code).toBe(1);
    expect(build.output).toContain(
      '<Callout> has an unknown type (found: "warn"; expected: one of note, tip, important, warning, caution) — did you mean "warning"?',
    );
  });
});
