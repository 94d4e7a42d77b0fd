import { defineHastPlugin, type HastNode } from 'satteri';
import { authoredTitle, diagramKind } from '../lib/diagrams/kind.ts';

const isMermaidCode = (node: HastNode) =>
  node.type === 'element' &&
  node.tagName === 'code' &&
  Array.isArray(node.properties?.['className']) &&
  node.properties['className'].includes('language-mermaid');

/**
 * Turns every ```mermaid fence of an MDX entry into the `<Diagram>` component, which keeps the source
 * in the page (for readers without JavaScript, print and search) and loads Mermaid only where needed.
 * The diagram's accessible title is the author's `accTitle`, or its kind and the section it is in.
 */
export function mermaidFences() {
  // A factory: each document gets its own "current section" state.
  return () => {
    let section = '';
    return defineHastPlugin({
      name: 'playbook-mermaid-fences',
      element: {
        filter: ['h2', 'h3', 'h4', 'pre'],
        visit(node, ctx) {
          if (node.tagName !== 'pre') {
            section = ctx.textContent(node).trim();
            return;
          }
          const code = node.children.find(isMermaidCode);
          if (!code) return;
          const source = ctx.textContent(code).replace(/\n$/, '');
          const kind = diagramKind(source);
          const title = authoredTitle(source) ?? (section ? `${kind}: ${section}` : kind);
          const attribute = (name: string, value: string) => ({ type: 'mdxJsxAttribute' as const, name, value });
          return {
            type: 'mdxJsxFlowElement',
            name: 'Diagram',
            attributes: [attribute('source', source), attribute('title', title)],
            children: [],
          } as unknown as HastNode;
        },
      },
    });
  };
}
