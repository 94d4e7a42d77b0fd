import { isMap, isScalar, isSeq, LineCounter, parseDocument, visit, type Document, type Node } from 'yaml';
import type { Problem } from './problems.ts';

/** YAML an author wrote, parsed, with a way back from a field path to its line. */
export interface YamlSource {
  /** The parsed value (plain objects, arrays, strings, numbers, booleans). */
  data: unknown;
  /** Line and column of the value at `path`, or of the nearest enclosing value that exists. */
  locate(path: readonly PropertyKey[]): { line: number; column: number };
  /** Line and column of the key `name` inside the mapping at `path` (for unknown keys). */
  locateKey(path: readonly PropertyKey[], name: string): { line: number; column: number };
  /** The text the author wrote for the scalar at `path` (e.g. `12` or `2026-10-01`), when it is one. */
  writtenAt(path: readonly PropertyKey[]): string | undefined;
  /** Syntax errors, already as problems. */
  problems: Problem[];
}

/** More alias expansions than any handbook needs; past this, a file is an "alias bomb" that would exhaust memory. */
const maxAliasCount = 100;

/** A file split into frontmatter and body, with the line where each starts. */
export interface SplitSource {
  frontmatter: string | undefined;
  /** 1-based line of the first frontmatter line (after the opening ---). */
  frontmatterLine: number;
  /** The Markdown/MDX body. */
  body: string;
}

const frontmatterPattern = /^---[ \t]*\r?\n([\s\S]*?)(?:\r?\n)?^---[ \t]*(?:\r?\n|$)/m;

/** Splits `---`-fenced YAML frontmatter from an MDX file; frontmatter is undefined when there is none. */
export function splitFrontmatter(text: string): SplitSource {
  const match = text.startsWith('---') ? frontmatterPattern.exec(text) : null;
  if (!match || match.index !== 0) return { frontmatter: undefined, frontmatterLine: 1, body: text };
  return { frontmatter: match[1] ?? '', frontmatterLine: 2, body: text.slice(match[0].length) };
}

/**
 * Parses YAML that starts at `firstLine` of `file`, keeping positions so every later problem
 * can name its line. Syntax errors become problems; data is undefined when the YAML is unusable.
 */
export function parseYamlSource(text: string, file: string, firstLine = 1): YamlSource {
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, { lineCounter, prettyErrors: false, uniqueKeys: true });
  const toPlace = (offset: number | undefined) => {
    if (offset === undefined) return { line: firstLine, column: 1 };
    const pos = lineCounter.linePos(offset);
    return { line: pos.line + firstLine - 1, column: pos.col };
  };
  const problems: Problem[] = doc.errors.map((error) => ({
    file,
    ...toPlace(error.pos[0]),
    severity: 'error' as const,
    message: `invalid YAML: ${error.message.split('\n')[0]}`,
    hint: 'check the indentation and quoting on this line; values containing ": " or "#" need quotes',
    rule: 'yaml-syntax',
  }));
  let data: unknown;
  if (problems.length === 0) {
    try {
      data = doc.toJS({ maxAliasCount });
    } catch (error) {
      let firstAlias: number | undefined;
      visit(doc, {
        Alias(_, node) {
          firstAlias = node.range?.[0];
          return visit.BREAK;
        },
      });
      problems.push({
        file,
        ...toPlace(firstAlias),
        severity: 'error',
        message: `YAML aliases expand too far (found: ${error instanceof Error && /alias/i.test(error.message) ? `more than ${maxAliasCount} expansions of *aliases` : String(error)}; expected: plain values)`,
        hint: 'write the values out instead of using &anchors and *aliases',
        rule: 'yaml-syntax',
      });
    }
  }
  return {
    data,
    problems,
    writtenAt: (path) => {
      const node = path.length ? doc.getIn(path as unknown[], true) : undefined;
      return isScalar(node) && typeof node.source === 'string' ? node.source : undefined;
    },
    locate: (path) => toPlace(nearestNode(doc, path)?.range?.[0]),
    locateKey: (path, name) => {
      const container = path.length ? doc.getIn(path as unknown[], true) : doc.contents;
      if (isMap(container)) {
        const pair = container.items.find((item) => isScalar(item.key) && item.key.value === name);
        if (pair && isScalar(pair.key)) return toPlace(pair.key.range?.[0]);
      }
      return toPlace(nearestNode(doc, path)?.range?.[0]);
    },
  };
}

function nearestNode(doc: Document, path: readonly PropertyKey[]): Node | undefined {
  for (let length = path.length; length > 0; length--) {
    const node = doc.getIn(path.slice(0, length) as unknown[], true);
    if (node && (isScalar(node) || isMap(node) || isSeq(node))) return node;
  }
  return (doc.contents ?? undefined) as Node | undefined;
}
