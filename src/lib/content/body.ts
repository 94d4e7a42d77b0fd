import { mdxToMdast, type MdastNode } from 'satteri';
import type { Problem } from './problems.ts';

/** A heading of an entry body, with the line it is on. */
export interface BodyHeading {
  depth: number;
  text: string;
  line: number;
}

/** A fenced code block of the body, with the line of its opening fence. */
export interface BodyFence {
  lang: string;
  line: number;
  value: string;
}

/** A link or image in the body, with its place. */
export interface BodyLink {
  kind: 'link' | 'image';
  url: string;
  line: number;
  column: number;
}

/** What the checks need to know of an MDX body. */
export interface BodyOutline {
  headings: BodyHeading[];
  fences: BodyFence[];
  links: BodyLink[];
}

function textOf(node: MdastNode): string {
  if ('value' in node && typeof node.value === 'string') return node.value;
  if ('children' in node && Array.isArray(node.children)) return (node.children as MdastNode[]).map(textOf).join('');
  return '';
}

/**
 * Parses an MDX file (frontmatter included, so lines are file lines) with the same Rust parser
 * Astro compiles it with. A syntax error becomes a problem naming its line and column.
 */
export function outlineMdx(text: string, file: string): { outline?: BodyOutline; tree?: MdastNode; problems: Problem[] } {
  let tree: MdastNode;
  try {
    tree = mdxToMdast(text);
  } catch (error) {
    const raw = error instanceof Error ? error.message : String(error);
    const match = /^(\d+):(\d+)(?:-\d+:\d+)?:\s*([\s\S]*)$/.exec(raw);
    return {
      problems: [
        {
          file,
          ...(match ? { line: Number(match[1]), column: Number(match[2]) } : {}),
          severity: 'error',
          message: `MDX syntax error: ${(match?.[3] ?? raw).trim()}`,
          hint: 'in MDX, write { } < > as \\{ \\} &lt; &gt; in prose, or put them in `code`',
          rule: 'mdx-syntax',
        },
      ],
    };
  }
  const headings: BodyHeading[] = [];
  const fences: BodyFence[] = [];
  const links: BodyLink[] = [];
  const visit = (node: MdastNode) => {
    if ((node.type === 'link' || node.type === 'image' || node.type === 'definition') && typeof node.url === 'string') {
      const start = node.position?.start;
      links.push({
        kind: node.type === 'image' ? 'image' : 'link',
        url: node.url,
        line: start?.line ?? 1,
        column: start?.column ?? 1,
      });
    }
    if (node.type === 'heading') {
      headings.push({ depth: node.depth, text: textOf(node).trim(), line: node.position?.start.line ?? 1 });
      return;
    }
    if (node.type === 'code') {
      fences.push({ lang: node.lang ?? '', line: node.position?.start.line ?? 1, value: node.value });
      return;
    }
    if ('children' in node && Array.isArray(node.children)) (node.children as MdastNode[]).forEach(visit);
  };
  visit(tree);
  return { outline: { headings, fences, links }, tree, problems: [] };
}
