import textWidth from 'string-pixel-width';

/**
 * The width of a line of text in pixels, without a browser, from Verdana's metrics: among the widest common
 * sans-serif faces (DejaVu Sans, Linux's usual system-ui, is close to it), so whatever the reader's system font,
 * the text fits the room measured for it. Used where the build lays things out: data-flow boxes, the header.
 */
export function textWidthPx(text: string, sizePx: number, bold = false): number {
  return textWidth(text, { font: 'verdana', size: sizePx, bold });
}
