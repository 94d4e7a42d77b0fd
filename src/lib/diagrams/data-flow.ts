import type { DataFlow } from '../schemas/guide.ts';
import { mermaidLabel } from './mermaid-text.ts';

/** What the diagram needs to know of a system. */
export interface FlowSystem {
  name: string;
  /** Reader-facing category, e.g. "Billing". */
  category: string;
}

/** A generated diagram: Mermaid source, its text alternative (title and description), and which node stands for which system. */
export interface DataFlowDiagram {
  source: string;
  title: string;
  description: string;
  /** Mermaid node id → system id, so the rendered nodes can link to the systems' pages. */
  nodes: Record<string, string>;
  /** Height to reserve before drawing, in rem: a left-to-right chart grows with its widest fan-in or fan-out. */
  height: number;
}

const triggerWords = { event: 'when an event occurs', schedule: 'on a schedule', manual: 'when started by hand' } as const;
const syncWords = { incremental: 'changes only', full: 'in full' } as const;

/**
 * Turns a guide's typed data flow into a Mermaid flowchart: one node per system (name and category),
 * one edge per flow labelled with its objects, trigger and sync mode. Deterministic: the same guide
 * always gives the same text. Throws when a flow names a system the handbook does not have.
 */
export function dataFlowDiagram(
  guideTitle: string,
  flows: readonly DataFlow[],
  systems: ReadonlyMap<string, FlowSystem>,
): DataFlowDiagram {
  const nodeOf = new Map<string, string>();
  const lines: string[] = [];
  const node = (systemId: string, index: number): string => {
    const known = nodeOf.get(systemId);
    if (known) return known;
    const system = systems.get(systemId);
    if (!system)
      throw new Error(`Data flow ${index + 1} of "${guideTitle}" names system "${systemId}", which is not in the handbook.`);
    const id = `s${nodeOf.size + 1}`;
    nodeOf.set(systemId, id);
    lines.push(`  ${id}["${mermaidLabel(`${system.name} (${system.category})`)}"]`);
    return id;
  };
  const edges: string[] = [];
  const sentences: string[] = [];
  flows.forEach((flow, index) => {
    const from = node(flow.from, index);
    const to = node(flow.to, index);
    const details = [flow.trigger, flow.sync].filter(Boolean).join(', ');
    const label = `${flow.objects.join(', ')}${details ? ` (${details})` : ''}`;
    edges.push(`  ${from} -->|"${mermaidLabel(label)}"| ${to}`);
    const when = [flow.trigger && triggerWords[flow.trigger], flow.sync && syncWords[flow.sync]].filter(Boolean).join(', ');
    sentences.push(
      `${systems.get(flow.from)!.name} sends ${flow.objects.join(', ')} to ${systems.get(flow.to)!.name}${when ? `, ${when}` : ''}.`,
    );
  });
  const title = `Data flow of ${guideTitle}`;
  const description = sentences.join(' ');
  // The title and description are not written into the Mermaid source: names may contain anything, and
  // the page sets them on the drawn SVG as plain text instead (see src/scripts/mermaid-diagram.ts).
  // HTML labels for this diagram: Mermaid shows its #NNN; entities as the characters only in HTML labels (in SVG
  // text they stay "&#233;"). Every character outside a plain set is such an entity, and Mermaid's strict mode
  // sanitises the HTML, so a name still cannot add markup.
  const source = ['%%{init: {"flowchart": {"htmlLabels": true}, "htmlLabels": true}}%%', 'flowchart LR', ...lines, ...edges].join(
    '\n',
  );
  const fan = new Map<string, number>();
  for (const flow of flows) {
    fan.set(`out:${flow.from}`, (fan.get(`out:${flow.from}`) ?? 0) + 1);
    fan.set(`in:${flow.to}`, (fan.get(`in:${flow.to}`) ?? 0) + 1);
  }
  const rows = Math.max(1, ...fan.values());
  const height = Math.min(36, 4 + 5 * rows);
  return { source, title, description, nodes: Object.fromEntries([...nodeOf].map(([systemId, id]) => [id, systemId])), height };
}
