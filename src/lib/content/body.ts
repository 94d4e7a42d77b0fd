import { mdxToMdast, type MdastNode } from 'satteri';
import type { Problem } from './problems.ts';
import { generatingComponents } from '../entry-components.ts';

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

/** The body between two second-level headings (or before the first), as a reader would read it. */
export interface BodySection {
  /** The heading's text; empty for what comes before the first heading. */
  heading: string;
  /** The heading's line (1 for the part before the first heading). */
  line: number;
  /** Its words: text, lists, tables, code and components' text, without MDX comments. */
  text: string;
  /** Whether it holds an MDX comment (`{/* … *\/}`), as the templates write their guidance. */
  commented: boolean;
  /** Whether it places a component that fills it from the handbook's models (such as `<SizeHours />`). */
  generated?: boolean;
}

/** What the checks need to know of an MDX body. */
export interface BodyOutline {
  headings: BodyHeading[];
  fences: BodyFence[];
  links: BodyLink[];
  sections: BodySection[];
}

/** An MDX expression that is only a comment, such as the templates' `{/* guidance *\/}`. */
const isComment = (node: MdastNode) =>
  (node.type === 'mdxFlowExpression' || node.type === 'mdxTextExpression') && /^\s*\/\*[\s\S]*\*\/\s*$/.test(node.value);

/** The words a reader sees in a node: its text without comments, code included. */
function proseOf(node: MdastNode): string {
  if (isComment(node) || node.type === 'mdxjsEsm') return '';
  if ('value' in node && typeof node.value === 'string') return node.value;
  if ('children' in node && Array.isArray(node.children)) return (node.children as MdastNode[]).map(proseOf).join(' ');
  return '';
}

/** Whether a node holds a comment anywhere. */
const holdsComment = (node: MdastNode): boolean =>
  isComment(node) || ('children' in node && Array.isArray(node.children) && (node.children as MdastNode[]).some(holdsComment));

/** The body cut at its first- and second-level headings. */
function sectionsOf(tree: MdastNode): BodySection[] {
  const sections: BodySection[] = [{ heading: '', line: 1, text: '', commented: false }];
  const children = 'children' in tree && Array.isArray(tree.children) ? (tree.children as MdastNode[]) : [];
  for (const node of children) {
    // The frontmatter is not the body: the body starts on the line after it.
    if (node.type === 'yaml' || node.type === 'toml') {
      sections[0]!.line = (node.position?.end.line ?? 0) + 1;
      continue;
    }
    if (node.type === 'heading' && node.depth <= 2) {
      sections.push({ heading: textOf(node).trim(), line: node.position?.start.line ?? 1, text: '', commented: false });
      continue;
    }
    const section = sections.at(-1)!;
    section.text = `${section.text} ${proseOf(node)}`.trim();
    section.commented ||= holdsComment(node);
    if (node.type === 'mdxJsxFlowElement' && generatingComponents.has(String((node as { name?: unknown }).name))) section.generated = true;
  }
  return sections;
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
  return { outline: { headings, fences, links, sections: sectionsOf(tree) }, tree, problems: [] };
}
