import type { Problem } from './problems.ts';

/** Larger than any entry a person writes; a bigger file is a mistake (or an attack on the build's memory). */
export const maxTextBytes = 1024 * 1024;

const strictUtf8 = new TextDecoder('utf-8', { fatal: true });

/** Byte offset of the first byte that is not part of a valid UTF-8 sequence. */
function firstInvalidByte(bytes: Uint8Array): number {
  let index = 0;
  while (index < bytes.length) {
    const byte = bytes[index]!;
    const length =
      byte < 0x80
        ? 1
        : byte >= 0xc2 && byte <= 0xdf
          ? 2
          : byte >= 0xe0 && byte <= 0xef
            ? 3
            : byte >= 0xf0 && byte <= 0xf4
              ? 4
              : 0;
    if (length === 0) return index;
    try {
      strictUtf8.decode(bytes.subarray(index, index + length));
    } catch {
      return index;
    }
    index += length;
  }
  return index;
}

/**
 * A text file as the author saved it: UTF-8 (a leading byte-order mark is dropped), or a problem naming
 * the line and column of the first byte that is not UTF-8, as Latin-1 or Windows-1252 files have.
 */
export function decodeText(bytes: Uint8Array, file: string): { text: string } | { problem: Problem } {
  if (bytes.length > maxTextBytes) {
    return {
      problem: {
        file,
        severity: 'error',
        message: `the file is too large for a handbook entry (found: ${(bytes.length / 1048576).toFixed(1)} MB; expected: at most 1 MB)`,
        hint: 'split it into several entries, or link to the large document instead of including it',
        rule: 'file-size',
      },
    };
  }
  try {
    const text = strictUtf8.decode(bytes);
    return { text: text.startsWith('\uFEFF') ? text.slice(1) : text };
  } catch {
    const offset = firstInvalidByte(bytes);
    const before = new TextDecoder('utf-8').decode(bytes.subarray(0, offset));
    const lines = before.split('\n');
    const byte = bytes[offset]!.toString(16).toUpperCase().padStart(2, '0');
    return {
      problem: {
        file,
        line: lines.length,
        column: lines.at(-1)!.length + 1,
        severity: 'error',
        message: `the file is not UTF-8 text (found: byte 0x${byte}, as Latin-1 or Windows-1252 files have; expected: UTF-8)`,
        hint: 'save the file as UTF-8 (in VS Code: "Save with Encoding", then "UTF-8")',
        rule: 'encoding',
      },
    };
  }
}

/** Script in an SVG or XML file: an element, an event handler, a javascript: address or embedded HTML. */
export const scriptInMarkup = /<script\b|\son[a-z]+\s*=|javascript:|<foreignObject\b/i;

/** The message and hint for an SVG or XML file that holds script. */
export function scriptInMarkupProblem(extension: string): { message: string; hint: string } {
  return {
    message: `the ${extension.slice(1).toUpperCase()} file holds script (found: a script element, an event handler or a javascript: address; expected: a drawing without script)`,
    hint: 'export the drawing again without scripts or interactivity',
  };
}
