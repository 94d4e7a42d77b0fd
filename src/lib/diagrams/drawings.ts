import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

/** An authored diagram drawn at build time: Mermaid's SVG in the light and in the dark theme. */
export interface DrawnDiagram {
  light: string;
  dark: string;
}

/**
 * The file a diagram's drawing is kept in, named by the digest of its source. The folder is named by Mermaid's
 * version and the drawing rules (src/integration/diagram-drawings.ts), so a change to either draws afresh.
 */
export function drawingFile(folder: string, source: string): string {
  return join(folder, `${createHash('sha256').update(source).digest('hex').slice(0, 24)}.json`);
}

/** A diagram's drawing when the build made one, else undefined (the page then draws it in the reader's browser). */
export function drawnDiagram(folder: string | undefined, source: string): DrawnDiagram | undefined {
  if (!folder) return undefined;
  const file = drawingFile(folder, source);
  return existsSync(file) ? (JSON.parse(readFileSync(file, 'utf8')) as DrawnDiagram) : undefined;
}
