import { defineMdastPlugin, markdownToJs, mdxToJs, type MdastNode } from 'satteri';
import { describe, expect, it } from 'vitest';
import { alerts } from '../../src/integration/alerts.ts';

/** One line per node, indented by depth: its type (or component name and attributes) and any text it holds. */
function outline(node: MdastNode, depth = 0): string[] {
  const pad = '  '.repeat(depth);
  let head: string = node.type;
  if (node.type === 'mdxJsxFlowElement') {
    const attributes = node.attributes.map((a) => (a.type === 'mdxJsxAttribute' ? ` ${a.name}=${JSON.stringify(a.value)}` : ''));
    head = `<${node.name}${attributes.join('')}>`;
  } else if ('value' in node) head += ` ${JSON.stringify(node.value)}`;
  const children = 'children' in node ? (node.children as MdastNode[]) : [];
  return [pad + head, ...children.flatMap((child) => outline(child, depth + 1))];
}

/** The tree of an MDX entry body after the plugin ran, as satteri's own pipeline (the one Astro uses) runs it. */
function transformed(body: string, compile: typeof mdxToJs | typeof markdownToJs = mdxToJs): string {
  let lines: string[] | undefined;
  // satteri reads nodes lazily, so the tree is read while the pass that sees it is still running.
  const capture = defineMdastPlugin({ name: 'capture', after: (root) => void (lines = outline(root)) });
  compile(body, { mdastPlugins: [alerts(), capture] });
  if (!lines) throw new Error('the capture plugin did not run');
  return lines
    .slice(1)
    .map((line) => line.slice(2))
    .join('\n');
}

describe('GitHub alerts become callouts', () => {
  it.each([
    ['NOTE', 'note'],
    ['TIP', 'tip'],
    ['IMPORTANT', 'important'],
    ['WARNING', 'warning'],
    ['CAUTION', 'caution'],
  ])('turns > [!%s] into <Callout type="%s"> holding the rest of the quote', (marker, type) => {
    expect(transformed(`> [!${marker}]\n> Rotate the keys.`)).toBe(
      [`<Callout type="${type}">`, '  paragraph', '    text "Rotate the keys."'].join('\n'),
    );
  });

  it.each(['[!warning]', '[!Warning]', '[!wArNiNg]'])('reads the marker in any case: %s', (marker) => {
    expect(transformed(`> ${marker}\n> Mind the limits.`)).toMatch(/^<Callout type="warning">\n/);
  });

  it('leaves a blockquote that is not an alert as it is', () => {
    expect(transformed('> Integration is a team sport.\n> [!NOTE] is how GitHub marks a note.')).toMatchInlineSnapshot(`
      "blockquote
        paragraph
          text "Integration is a team sport.\\n[!NOTE] is how GitHub marks a note.""
    `);
  });

  it.each([
    ['an unknown alert type', '> [!DANGER]\n> Not one of GitHub’s five.'],
    ['a marker that is not at the start', '> Note: [!NOTE]\n> Too late.'],
    ['a marker written as a link', '> [[!NOTE]](https://example.org)\n> A link.'],
  ])('leaves %s as a blockquote', (_, body) => {
    expect(transformed(body)).toMatch(/^blockquote\n/);
  });

  it('takes text after the marker as the title, and keeps every paragraph, list and inline markup of the body', () => {
    const body = [
      '> [!WARNING] Rate limits',
      '> The API allows **100** calls a minute.',
      '>',
      '> Back off when it answers 429:',
      '>',
      '> - wait',
      '> - retry',
    ].join('\n');
    expect(transformed(body)).toMatchInlineSnapshot(`
      "<Callout type="warning" title="Rate limits">
        paragraph
          text "The API allows "
          strong
            text "100"
          text " calls a minute."
        paragraph
          text "Back off when it answers 429:"
        list
          listItem
            paragraph
              text "wait"
          listItem
            paragraph
              text "retry""
    `);
  });

  it('keeps inline markup of the title line as its text, and a marker alone on its line gives no title', () => {
    expect(transformed('> [!TIP] Use `If-Match`  \n> Saves a read.')).toMatch(/^<Callout type="tip" title="Use If-Match">\n/);
    expect(transformed('> [!TIP]\n>\n> Only a body.')).toBe(
      ['<Callout type="tip">', '  paragraph', '    text "Only a body."'].join('\n'),
    );
  });

  it('turns every alert of a document, nested ones included, and nothing else', () => {
    const body = ['> [!NOTE]\n> One.', '> Plain.', '- > [!CAUTION]\n  > In a list.'].join('\n\n');
    expect(transformed(body)).toMatchInlineSnapshot(`
      "<Callout type="note">
        paragraph
          text "One."
      blockquote
        paragraph
          text "Plain."
      list
        listItem
          <Callout type="caution">
            paragraph
              text "In a list.""
    `);
  });

  it('leaves alerts in plain Markdown alone, where no component can render', () => {
    expect(transformed('> [!NOTE]\n> Markdown.', markdownToJs)).toMatch(/^blockquote\n/);
  });
});
