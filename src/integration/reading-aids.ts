import { defineHastPlugin, type HastNode } from 'satteri';

type Element = Extract<HastNode, { type: 'element' }>;

/** The text of a table's header row, for its region's name: "Billing field, Ledger field, Rule". */
function headerText(table: Element, textOf: (node: HastNode) => string): string {
  const cells: string[] = [];
  const visit = (node: HastNode) => {
    if (node.type !== 'element' || cells.length >= 4) return;
    if (node.tagName === 'th') cells.push(textOf(node).trim());
    else node.children.forEach(visit);
  };
  visit(table);
  const shown = cells.filter(Boolean).join(', ');
  return shown ? `Table: ${shown}${cells.length >= 4 ? ', …' : ''}` : 'Table';
}

/**
 * Two things every entry's HTML needs for readers of every kind: a table wider than a phone scrolls in a
 * region that a keyboard can focus and a screen reader can name (by its header row), and the checkbox of a
 * Markdown task list (`- [x] done`) is named by its item's text, not announced as an unnamed checkbox.
 */
export function readingAids() {
  return () =>
    defineHastPlugin({
      name: 'playbook-reading-aids',
      element: {
        filter: ['table', 'li'],
        visit(node, ctx) {
          if (node.tagName === 'table') {
            return {
              type: 'element',
              tagName: 'div',
              properties: {
                className: ['table-scroll'],
                role: 'region',
                tabIndex: 0,
                ariaLabel: headerText(node, (n) => ctx.textContent(n)),
              },
              children: [node],
            } as unknown as HastNode;
          }
          const box = node.children.find(
            (child): child is Element =>
              child.type === 'element' && child.tagName === 'input' && child.properties?.['type'] === 'checkbox',
          );
          if (box) ctx.setProperty(box, 'ariaLabel', ctx.textContent(node).trim().slice(0, 120) || 'Task');
          return undefined;
        },
      },
    });
}
