import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { drawDiagrams, drawingsDir, findBrowser, startDrawing } from '../../src/integration/diagram-drawings.ts';
import { drawnDiagram } from '../../src/lib/diagrams/drawings.ts';
import { chromiumPath } from '../helpers/browser.ts';
import { tempDir } from '../helpers/project.ts';

/** A logger that keeps what it was told. */
function listeningLogger() {
  const said: string[] = [];
  const logger = {
    info: (message: string) => said.push(`info: ${message}`),
    warn: (message: string) => said.push(`warn: ${message}`),
  } as unknown as Parameters<typeof startDrawing>[3];
  return { said, logger };
}

describe('diagrams drawn at build time', () => {
  it('draws each diagram once, in both themes, at its natural size, and keeps it for the next build', async () => {
    const folder = join(await tempDir('drawings'), 'kept');
    const sources = [
      'sequenceDiagram\n  A->>B: hello',
      'flowchart LR\n  a --> b',
      'sequenceDiagram\n  A->>B: hello',
      'notADiagram',
    ];
    expect(await drawDiagrams(sources, folder, chromiumPath)).toEqual({ drawn: 2, kept: 0, failed: ['notADiagram'] });
    const drawing = drawnDiagram(folder, 'flowchart LR\n  a --> b')!;
    for (const svg of [drawing.light, drawing.dark]) {
      expect(svg).toMatch(/^<svg [^>]*width="\d+" [^>]*height="\d+"/);
      expect(svg).toMatch(/style="--natural-width: \d+px"/);
      expect(svg).toContain('aria-hidden="true"');
    }
    // Mermaid's dark theme is drawn with other colours.
    expect(drawing.dark).not.toBe(drawing.light);
    expect(drawnDiagram(folder, 'notADiagram')).toBeUndefined();
    expect(await drawDiagrams(sources.slice(0, 2), folder, chromiumPath)).toEqual({ drawn: 0, kept: 2, failed: [] });
    expect((await readdir(folder)).filter((file) => !file.endsWith('.json'))).toEqual([]);
    expect(JSON.parse(await readFile(join(folder, (await readdir(folder))[0]!), 'utf8'))).toHaveProperty('dark');
  });

  it('finds the browser from PLAYBOOK_BROWSER, or none when told so', () => {
    expect(findBrowser({ PLAYBOOK_BROWSER: '/opt/chrome' })).toBe('/opt/chrome');
    expect(findBrowser({ PLAYBOOK_BROWSER: 'none' })).toBeUndefined();
  });

  it('keeps drawings in PLAYBOOK_DRAWINGS when set, in a folder named by Mermaid’s version', () => {
    expect(drawingsDir('/repo', {})).toMatch(
      /^\/repo\/node_modules\/\.astro\/playbook-diagrams\/mermaid-\d+\.\d+\.\d+-[0-9a-f]{8}$/,
    );
    expect(drawingsDir('/repo', { PLAYBOOK_DRAWINGS: 'cache/diagrams' })).toMatch(/^\/repo\/cache\/diagrams\/mermaid-/);
  });

  it('leaves diagrams to readers’ browsers, and says why, when there is no browser or it fails', async () => {
    const none = listeningLogger();
    const without = startDrawing('/repo', ['flowchart LR\n  a --> b'], { PLAYBOOK_BROWSER: 'none' }, none.logger);
    await without.done;
    expect(without.folder).toBeUndefined();
    expect(none.said).toEqual(["info: Diagrams: drawn in readers' browsers (PLAYBOOK_BROWSER=none)."]);

    const broken = listeningLogger();
    const root = await tempDir('drawings');
    const failing = startDrawing(
      root,
      ['flowchart LR\n  a --> b'],
      { PLAYBOOK_BROWSER: join(root, 'no-such-browser') },
      broken.logger,
    );
    await failing.done;
    expect(broken.said).toEqual([
      expect.stringMatching(/^warn: Diagrams: drawing in .*no-such-browser failed, so readers' browsers draw them/),
    ]);
    expect(drawnDiagram(failing.folder, 'flowchart LR\n  a --> b')).toBeUndefined();
  });
});
