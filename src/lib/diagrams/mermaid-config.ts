/**
 * How diagrams are drawn, in the browser at build time and in the reader's browser alike (src/scripts/mermaid-diagram.ts):
 * strict security, labels as SVG text, dagre's layout, and a dark edge-label ground that meets 4.5:1.
 */
export function mermaidConfig(theme: 'light' | 'dark', fontFamily: string) {
  return {
    startOnLoad: false,
    securityLevel: 'strict',
    theme: theme === 'dark' ? 'dark' : 'default',
    ...(theme === 'dark' ? { themeVariables: { edgeLabelBackground: '#333333' } } : {}),
    layout: 'dagre',
    fontFamily,
    htmlLabels: false,
    flowchart: { htmlLabels: false },
  } as const;
}

/** The site's font stack (src/styles/global.css, --font), which diagrams are measured and drawn in. */
export const diagramFont = "system-ui, -apple-system, 'Segoe UI', Roboto, 'Helvetica Neue', Arial, sans-serif";
