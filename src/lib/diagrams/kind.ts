/** Reader-facing names of Mermaid diagram types, by the keyword that starts the diagram. */
const kinds: [RegExp, string][] = [
  [/^(flowchart|graph)\b/, 'Flowchart'],
  [/^sequenceDiagram\b/, 'Sequence diagram'],
  [/^stateDiagram(-v2)?\b/, 'State diagram'],
  [/^erDiagram\b/, 'Entity-relationship diagram'],
  [/^classDiagram\b/, 'Class diagram'],
  [/^gantt\b/, 'Gantt chart'],
  [/^pie\b/, 'Pie chart'],
  [/^journey\b/, 'User journey'],
  [/^timeline\b/, 'Timeline'],
  [/^mindmap\b/, 'Mind map'],
  [/^gitGraph\b/, 'Git graph'],
  [/^quadrantChart\b/, 'Quadrant chart'],
  [/^(xychart|xychart-beta)\b/, 'XY chart'],
  [/^(sankey|sankey-beta)\b/, 'Sankey diagram'],
  [/^(block|block-beta)\b/, 'Block diagram'],
  [/^(architecture|architecture-beta)\b/, 'Architecture diagram'],
];

/** The first line that is not a comment, front matter or blank: where Mermaid reads the diagram type. */
function firstStatement(source: string): string {
  const withoutFrontmatter = source.replace(/^\s*---\n[\s\S]*?\n---\n/, '');
  return (
    withoutFrontmatter
      .split('\n')
      .map((line) => line.trim())
      .find((line) => line && !line.startsWith('%%')) ?? ''
  );
}

/** What kind of diagram a Mermaid source is, in words: "Sequence diagram". */
export function diagramKind(source: string): string {
  const first = firstStatement(source);
  return kinds.find(([pattern]) => pattern.test(first))?.[1] ?? 'Diagram';
}

/** The author's own accessible title (`accTitle: …`) when the source has one. */
export function authoredTitle(source: string): string | undefined {
  return /^\s*accTitle\s*:\s*(.+)$/m.exec(source)?.[1]?.trim();
}

/**
 * Height to reserve for a diagram before it renders, in rem, so the page does not jump when the
 * SVG arrives: roughly two lines of text per statement, between 10rem and 36rem. The SVG is scaled
 * to fit the reserved box.
 */
export function reservedHeight(source: string): number {
  const statements = source.split('\n').filter((line) => line.trim() && !/^\s*(%%|acc(Title|Descr)\b)/.test(line)).length;
  return Math.min(36, Math.max(10, Math.round(statements * 2.2)));
}
