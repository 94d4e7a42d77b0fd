import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

/** An authored diagram drawn at build time: Mermaid's SVG in the light and in the dark theme. */
export interface DrawnDiagram {
  light: string;
  dark: string;
}

/**
 * The file a diagram's drawing, or Mermaid's verdict on it, is kept in, named by the digest of its source. The folder
 * is named by Mermaid's version and the rules (src/integration/diagram-drawings.ts, src/lib/diagrams/kept.ts), so a
 * change to either starts afresh.
 */
export function keptFile(folder: string, source: string): string {
  return join(folder, `${createHash('sha256').update(source).digest('hex').slice(0, 24)}.json`);
}

/** A diagram's drawing when the build made one, else undefined (the page then draws it in the reader's browser). */
export function drawnDiagram(folder: string | undefined, source: string): DrawnDiagram | undefined {
  if (!folder) return undefined;
  const file = keptFile(folder, source);
  return existsSync(file) ? (JSON.parse(readFileSync(file, 'utf8')) as DrawnDiagram) : undefined;
}

/** Where the build leaves the promise of its drawings, for pages rendered in the same process to wait on. */
const pending = Symbol.for('integration-playbooks.drawings');

/** Called by the build when it starts drawing: pages wait for this before they look for a drawing. */
export function announceDrawings(done: Promise<void>): void {
  (globalThis as Record<symbol, unknown>)[pending] = done;
}

/**
 * A diagram's drawing, once the build's drawing has finished. Drawing runs while Vite bundles the site, so only a page
 * with an authored diagram, rendered before the drawings are done, waits.
 */
export async function drawnDiagramWhenReady(folder: string | undefined, source: string): Promise<DrawnDiagram | undefined> {
  if (!folder) return undefined;
  await (globalThis as Record<symbol, unknown>)[pending];
  return drawnDiagram(folder, source);
}
