import dagre, { type EdgeLabel, type GraphLabel, type NodeLabel } from '@dagrejs/dagre';
import type { DataFlow } from '../schemas/guide.ts';
import { textWidthPx } from '../text-width.ts';

/** What the diagram needs to know of a system. */
export interface FlowSystem {
  name: string;
  /** Reader-facing category, e.g. "Billing". */
  category: string;
}

/** A point in the drawing, in CSS pixels from its top left corner. */
export interface Point {
  x: number;
  y: number;
}

/** A line of text in a box: a system's name, or detail (a category, a flow's objects). */
export interface FlowLine {
  text: string;
  kind: 'name' | 'detail';
  /** Where the line's middle sits, from the box's centre. */
  dy: number;
}

/** A box of text centred on (x, y): a system, or the label of a flow. */
export interface FlowBox extends Point {
  width: number;
  height: number;
  lines: FlowLine[];
}

export interface FlowNode extends FlowBox {
  /** The system's id, so the page can link the box to the system. */
  system: string;
}

export interface FlowEdge {
  /** The route from the sending system's border to the receiving one's, through dagre's bend points. */
  points: Point[];
  label: FlowBox;
}

/** One way of drawing the diagram: left to right for wide screens, top to bottom for narrow ones. */
export interface FlowLayout {
  direction: 'LR' | 'TB';
  width: number;
  height: number;
  nodes: FlowNode[];
  edges: FlowEdge[];
}

/** A layout and the screens it is shown on: the stylesheet shows one per width (.flow-wide, .flow-narrow). */
export interface ShownLayout {
  layout: FlowLayout;
  screens: 'all' | 'wide' | 'narrow';
}

/** A generated diagram, laid out at build time: its text alternative and the drawings to show. */
export interface DataFlowDiagram {
  title: string;
  /** One sentence per flow, read after the title. */
  description: string;
  layouts: ShownLayout[];
}

/** The widest left-to-right drawing a wide screen's text column shows without scrolling, in pixels. */
export const wideColumn = 700;

/**
 * Type sizes in CSS pixels; the stylesheet draws the text at these sizes (src/styles/global.css, .flow-*).
 * Nothing is drawn below 12 px, and the drawing is never scaled down: it scrolls instead.
 */
export const flowType = { name: 15, detail: 13, lineHeight: 1.35 } as const;
const padding = { x: 14, y: 10 };
/** Longest line of an edge label before it wraps, in pixels. */
const wrapAt = 190;

/** Coordinates to a tenth of a pixel: enough for a crisp drawing, short in the page. */
const round1 = (value: number) => Math.round(value * 10) / 10;

const triggerWords = { event: 'when an event occurs', schedule: 'on a schedule', manual: 'when started by hand' } as const;
const syncWords = { incremental: 'changes only', full: 'in full' } as const;


/** Words into lines no wider than `wrapAt`; a single longer word keeps a line of its own. */
function wrap(text: string, size: number): string[] {
  const lines: string[] = [];
  for (const word of text.split(/\s+/).filter(Boolean)) {
    const last = lines.at(-1);
    if (last !== undefined && textWidthPx(`${last} ${word}`, size) <= wrapAt) lines[lines.length - 1] = `${last} ${word}`;
    else lines.push(word);
  }
  return lines;
}

/** A box round lines of text, each line's place in it, and room for the padding. */
function box(lines: readonly Omit<FlowLine, 'dy'>[], pad: { x: number; y: number }): Omit<FlowBox, 'x' | 'y'> {
  const heights = lines.map((line) => flowType[line.kind] * flowType.lineHeight);
  const textHeight = heights.reduce((sum, height) => sum + height, 0);
  let top = -textHeight / 2;
  const placed = lines.map((line, index) => {
    const dy = round1(top + heights[index]! / 2);
    top += heights[index]!;
    return { ...line, dy };
  });
  const widths = lines.map((line) => textWidthPx(line.text, flowType[line.kind], line.kind === 'name'));
  return {
    lines: placed,
    width: Math.ceil(Math.max(...widths) + 2 * pad.x),
    height: Math.ceil(textHeight + 2 * pad.y),
  };
}

/** A system: its name, then its category. */
const systemBox = ({ name, category }: FlowSystem) =>
  box(
    [
      { text: name, kind: 'name' },
      { text: category, kind: 'detail' },
    ],
    padding,
  );

/** The label of a flow: its objects, wrapped, then how it runs on a line of its own. */
function edgeLabel(flow: DataFlow): Omit<FlowBox, 'x' | 'y'> {
  const details = [flow.trigger, flow.sync].filter(Boolean).join(', ');
  const lines = [...wrap(flow.objects.join(', '), flowType.detail), ...(details ? [`(${details})`] : [])];
  return box(
    lines.map((text) => ({ text, kind: 'detail' })),
    { x: padding.x / 2, y: padding.y / 2 },
  );
}

/** What both layouts draw, measured once: each system's box (in order of first mention) and each flow's label. */
interface Measured {
  order: readonly string[];
  systemBoxes: ReadonlyMap<string, Omit<FlowBox, 'x' | 'y'>>;
  flows: readonly DataFlow[];
  labels: readonly Omit<FlowBox, 'x' | 'y'>[];
}

function layout(direction: FlowLayout['direction'], { order, systemBoxes, flows, labels }: Measured): FlowLayout {
  const graph = new dagre.graphlib.Graph<GraphLabel, NodeLabel, EdgeLabel>({ multigraph: true });
  graph.setGraph({ rankdir: direction, nodesep: 28, ranksep: 56, edgesep: 16, marginx: 8, marginy: 8 });
  graph.setDefaultEdgeLabel(() => ({}));
  for (const id of order) graph.setNode(id, { ...systemBoxes.get(id)! });
  flows.forEach((flow, index) => graph.setEdge(flow.from, flow.to, { ...labels[index]!, labelpos: 'c' }, `flow-${index}`));
  dagre.layout(graph);
  const nodes = order.map((id) => {
    const node = graph.node(id);
    return { system: id, ...systemBoxes.get(id)!, x: round1(node.x!), y: round1(node.y!) };
  });
  const edges = flows.map((flow, index) => {
    const edge = graph.edge({ v: flow.from, w: flow.to, name: `flow-${index}` });
    return {
      points: (edge.points ?? []).map((point) => ({ x: round1(point.x), y: round1(point.y) })),
      label: { ...labels[index]!, x: round1(edge['x'] as number), y: round1(edge['y'] as number) },
    };
  });
  const { width = 0, height = 0 } = graph.graph();
  return { direction, width: Math.ceil(width), height: Math.ceil(height), nodes, edges };
}

/**
 * Lays out a guide's typed data flow as a diagram, at build time: one box per system (name and category), one
 * arrow per flow labelled with its objects, trigger and sync mode. Pure and deterministic, and it needs no browser,
 * so the page ships the drawing itself and no diagram code. Throws when a flow names a system the handbook lacks.
 */
export function dataFlowDiagram(
  guideTitle: string,
  flows: readonly DataFlow[],
  systems: ReadonlyMap<string, FlowSystem>,
): DataFlowDiagram {
  const order: string[] = [];
  const sentences = flows.map((flow, index) => {
    for (const id of [flow.from, flow.to]) {
      if (!systems.has(id))
        throw new Error(`Data flow ${index + 1} of "${guideTitle}" names system "${id}", which is not in the handbook.`);
      if (!order.includes(id)) order.push(id);
    }
    const when = [flow.trigger && triggerWords[flow.trigger], flow.sync && syncWords[flow.sync]].filter(Boolean).join(', ');
    return `${systems.get(flow.from)!.name} sends ${flow.objects.join(', ')} to ${systems.get(flow.to)!.name}${when ? `, ${when}` : ''}.`;
  });
  const measured: Measured = {
    order,
    systemBoxes: new Map(order.map((id) => [id, systemBox(systems.get(id)!)])),
    flows,
    labels: flows.map(edgeLabel),
  };
  return { title: `Data flow of ${guideTitle}`, description: sentences.join(' '), layouts: shownLayouts(measured) };
}

/**
 * Phones read top to bottom. Wide screens read left to right when that fits the column, and otherwise whichever
 * drawing is narrower; when that is the top-to-bottom one, it is the only one.
 */
function shownLayouts(measured: Measured) {
  const across = layout('LR', measured);
  const down = layout('TB', measured);
  if (across.width <= wideColumn || across.width < down.width)
    return [
      { layout: across, screens: 'wide' },
      { layout: down, screens: 'narrow' },
    ] satisfies ShownLayout[];
  return [{ layout: down, screens: 'all' }] satisfies ShownLayout[];
}

/**
 * An SVG path through a route's points: straight from the first to the middle of the first bend, a quadratic
 * curve round each bend point, straight into the last. Two points give a straight line.
 */
export function routePath(points: readonly Point[]): string {
  if (points.length === 0) return '';
  const [first, ...rest] = points;
  const commands = [`M${first!.x},${first!.y}`];
  for (let index = 0; index < rest.length - 1; index++) {
    const bend = rest[index]!;
    const next = rest[index + 1]!;
    commands.push(`Q${bend.x},${bend.y} ${round1((bend.x + next.x) / 2)},${round1((bend.y + next.y) / 2)}`);
  }
  const last = rest.at(-1);
  if (last) commands.push(`L${last.x},${last.y}`);
  return commands.join(' ');
}

