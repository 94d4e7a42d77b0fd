import type { Blockquote, BlockContent, DefinitionContent, Paragraph, PhrasingContent } from 'mdast';
import { defineMdastPlugin, type MdastNode, type MdastVisitorContext } from 'satteri';
import { calloutTypes } from '../lib/entry-components.ts';

// GitHub's alert names are the callout types, written in capitals: [!NOTE], [!TIP], [!IMPORTANT], [!WARNING], [!CAUTION].
const alertMarker = new RegExp(`^\\[!(${calloutTypes.join('|')})\\]`, 'i');

/** The first line of a paragraph (up to its first line break) and what follows it. */
function splitFirstLine(paragraph: Readonly<Paragraph>): { line: PhrasingContent[]; rest: PhrasingContent[] } {
  const line: PhrasingContent[] = [];
  for (const [index, child] of paragraph.children.entries()) {
    const after = paragraph.children.slice(index + 1);
    if (child.type === 'break') return { line, rest: after };
    if (child.type === 'text' && child.value.includes('\n')) {
      const cut = child.value.indexOf('\n');
      const before = child.value.slice(0, cut);
      const next = child.value.slice(cut + 1);
      if (before) line.push({ type: 'text', value: before });
      return { line, rest: [...(next ? [{ type: 'text' as const, value: next }] : []), ...after] };
    }
    line.push(child);
  }
  return { line, rest: [] };
}

/**
 * The Callout a blockquote stands for when its first line is a GitHub alert marker (`> [!WARNING]`, in any
 * case), or undefined for any other blockquote. Text after the marker on the same line becomes the title.
 */
function calloutOf(quote: Readonly<Blockquote>, ctx: MdastVisitorContext): MdastNode | undefined {
  const [first, ...blocks] = quote.children;
  const opening = first?.type === 'paragraph' ? first.children[0] : undefined;
  const match = opening?.type === 'text' ? alertMarker.exec(opening.value) : null;
  if (!first || first.type !== 'paragraph' || !match?.[1]) return undefined;
  const { line, rest } = splitFirstLine(first);
  // The title line as plain text: the marker's own text node, then whatever else shares its line.
  const title = line
    .map((node, index) => {
      if (node.type !== 'text') return ctx.textContent(node);
      return index === 0 ? node.value.slice(match[0].length) : node.value;
    })
    .join('')
    .trim();
  const attributes = [
    { type: 'mdxJsxAttribute' as const, name: 'type', value: match[1].toLowerCase() },
    ...(title ? [{ type: 'mdxJsxAttribute' as const, name: 'title', value: title }] : []),
  ];
  const children: (BlockContent | DefinitionContent)[] = [
    ...(rest.length > 0 ? [{ type: 'paragraph' as const, children: rest }] : []),
    ...blocks,
  ];
  return { type: 'mdxJsxFlowElement', name: 'Callout', attributes, children };
}

/**
 * GitHub's alert blockquotes (`> [!NOTE]`, `> [!TIP]`, `> [!IMPORTANT]`, `> [!WARNING]`, `> [!CAUTION]`) become
 * the `<Callout>` component, so a note written for GitHub reads the same in the handbook. Any other blockquote stays one.
 */
export function alerts() {
  return defineMdastPlugin({
    name: 'playbook-alerts',
    blockquote(node, ctx) {
      // A component exists only in MDX; plain Markdown keeps its blockquotes.
      if (ctx.sourceFormat !== 'mdx') return undefined;
      return calloutOf(node, ctx);
    },
  });
}
