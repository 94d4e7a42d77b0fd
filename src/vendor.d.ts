// Types for dependencies that ship none.

/** string-pixel-width: the width of a line of text from a font's metrics, without a browser (src/lib/diagrams/data-flow.ts). */
declare module 'string-pixel-width' {
  export default function textWidth(
    text: string,
    settings: { font: string; size: number; bold?: boolean; italic?: boolean },
  ): number;
}
