import { describe, expect, it } from 'vitest';
import { dataFlowDiagram, flowType, routePath, wideColumn } from '../../src/lib/diagrams/data-flow.ts';
import type { DataFlow } from '../../src/lib/schemas/guide.ts';
import { authoredTitle, diagramKind, reservedHeight } from '../../src/lib/diagrams/kind.ts';
import { mermaidProblems } from '../../src/lib/diagrams/parse.ts';
import { formatProblem } from '../../src/lib/content/problems.ts';

const systems = new Map([
  ['zuora', { name: 'Zuora', category: 'Billing' }],
  ['netsuite', { name: 'NetSuite', category: 'ERP' }],
  ['salesforce', { name: 'Salesforce', category: 'CRM' }],
]);

/** Every box of a layout, systems and labels, as [left, top, right, bottom]. */
const edgesOf = (box: { x: number; y: number; width: number; height: number }) => [
  box.x - box.width / 2,
  box.y - box.height / 2,
  box.x + box.width / 2,
  box.y + box.height / 2,
];
const overlap = (a: number[], b: number[]) => a[0]! < b[2]! && b[0]! < a[2]! && a[1]! < b[3]! && b[1]! < a[3]!;

describe('data-flow diagrams', () => {
  const flows = [
    { from: 'salesforce', to: 'zuora', objects: ['Account'], trigger: 'event', sync: 'incremental' },
    { from: 'zuora', to: 'netsuite', objects: ['Customer account', 'Invoice', 'Credit memo', 'Payment'], trigger: 'schedule' },
    { from: 'zuora', to: 'netsuite', objects: ['Credit memo'] },
  ] as const satisfies DataFlow[];
  const diagram = dataFlowDiagram('Invoices to the ledger', flows, systems);

  it('draws one box per system (name, then category) and one labelled arrow per flow, in every layout', () => {
    expect(diagram.title).toBe('Data flow of Invoices to the ledger');
    expect(diagram.description).toBe(
      'Salesforce sends Account to Zuora, when an event occurs, changes only. ' +
        'Zuora sends Customer account, Invoice, Credit memo, Payment to NetSuite, on a schedule. ' +
        'Zuora sends Credit memo to NetSuite.',
    );
    for (const { layout } of diagram.layouts) {
      expect(layout.nodes.map((node) => [node.system, node.lines.map((line) => `${line.kind}: ${line.text}`)])).toEqual([
        ['salesforce', ['name: Salesforce', 'detail: CRM']],
        ['zuora', ['name: Zuora', 'detail: Billing']],
        ['netsuite', ['name: NetSuite', 'detail: ERP']],
      ]);
      expect(layout.edges.map((edge) => edge.label.lines.map((line) => line.text))).toEqual([
        ['Account', '(event, incremental)'],
        // Long lists wrap; how the flow runs gets a line of its own.
        ['Customer account, Invoice,', 'Credit memo, Payment', '(schedule)'],
        ['Credit memo'],
      ]);
    }
  });

  it('lays out left to right on wide screens when that fits the column, and top to bottom on phones', () => {
    const pair = dataFlowDiagram('Pair', flows.slice(1), systems);
    expect(pair.layouts.map(({ layout, screens }) => `${layout.direction} ${screens}`)).toEqual(['LR wide', 'TB narrow']);
    const [across, down] = pair.layouts.map(({ layout }) => layout);
    // Left to right: each arrow starts to the left of where it ends; top to bottom: above it.
    for (const edge of across!.edges) expect(edge.points.at(0)!.x).toBeLessThan(edge.points.at(-1)!.x);
    for (const edge of down!.edges) expect(edge.points.at(0)!.y).toBeLessThan(edge.points.at(-1)!.y);
  });

  it('draws a diagram too wide for the column top to bottom everywhere', () => {
    const many = new Map(Array.from({ length: 7 }, (_, i) => [`s${i}`, { name: `System number ${i}`, category: 'ERP' }]));
    const chain = Array.from({ length: 6 }, (_, i) => ({ from: `s${i}`, to: `s${i + 1}`, objects: ['Invoice'] }));
    const wide = dataFlowDiagram('Chain', chain, many);
    expect(wide.layouts.map(({ layout, screens }) => `${layout.direction} ${screens}`)).toEqual(['TB all']);
    expect(wide.layouts[0]!.layout.width).toBeLessThanOrEqual(wideColumn);
  });

  it('keeps every box apart, inside the drawing, and wide enough for its text at its natural size', () => {
    for (const { layout } of diagram.layouts) {
      const boxes = [...layout.nodes, ...layout.edges.map((edge) => edge.label)];
      for (const [index, box] of boxes.entries()) {
        const [left, top, right, bottom] = edgesOf(box);
        expect(left).toBeGreaterThanOrEqual(0);
        expect(top).toBeGreaterThanOrEqual(0);
        expect(right).toBeLessThanOrEqual(layout.width);
        expect(bottom).toBeLessThanOrEqual(layout.height);
        for (const other of boxes.slice(index + 1)) expect(overlap(edgesOf(box), edgesOf(other))).toBe(false);
        const widest = Math.max(...box.lines.map((line) => line.text.length));
        // At least 0.5 em per character: a box sized by character count alone would be narrower.
        expect(box.width).toBeGreaterThan(widest * 0.5 * flowType.detail);
      }
    }
    expect(Math.min(flowType.name, flowType.detail)).toBeGreaterThanOrEqual(12);
  });

  it('is deterministic', () => {
    const flow = [{ from: 'zuora', to: 'netsuite', objects: ['Invoice'] }];
    expect(dataFlowDiagram('A', flow, systems)).toEqual(dataFlowDiagram('A', flow, systems));
  });

  it('names the flow and the system when a flow names a system the handbook lacks', () => {
    expect(() => dataFlowDiagram('Invoices', [{ from: 'zuora', to: 'sap', objects: ['Invoice'] }], systems)).toThrow(
      'Data flow 1 of "Invoices" names system "sap", which is not in the handbook.',
    );
  });

  it('routes an arrow straight between two points, and curves it round each bend', () => {
    expect(
      routePath([
        { x: 0, y: 0 },
        { x: 10, y: 5 },
      ]),
    ).toBe('M0,0 L10,5');
    expect(
      routePath([
        { x: 0, y: 0 },
        { x: 10, y: 10 },
        { x: 20, y: 0 },
      ]),
    ).toBe('M0,0 Q10,10 15,5 L20,0');
  });
});

describe('authored diagrams', () => {
  it.each([
    ['sequenceDiagram\n  A->>B: hi', 'Sequence diagram'],
    ['stateDiagram-v2\n  [*] --> Idle', 'State diagram'],
    ['%% comment\nflowchart TD\n  a --> b', 'Flowchart'],
    ['---\ntitle: Orders\n---\nerDiagram\n  A ||--o{ B : has', 'Entity-relationship diagram'],
    ['gantt\n  title Plan', 'Gantt chart'],
    ['somethingNew\n  x', 'Diagram'],
  ])('names the kind of %j', (source, kind) => {
    expect(diagramKind(source)).toBe(kind);
  });

  it("uses the author's accTitle when there is one", () => {
    expect(authoredTitle('sequenceDiagram\n  accTitle: Webhook retries\n  A->>B: hi')).toBe('Webhook retries');
    expect(authoredTitle('sequenceDiagram\n  A->>B: hi')).toBeUndefined();
  });

  it('reserves more height for longer diagrams, within bounds', () => {
    expect(reservedHeight('flowchart LR\n a --> b')).toBe(10);
    expect(reservedHeight(['sequenceDiagram', ...Array.from({ length: 12 }, (_, i) => `  A->>B: ${i}`)].join('\n'))).toBe(29);
    expect(reservedHeight(['flowchart TD', ...Array.from({ length: 100 }, (_, i) => `  a${i} --> b${i}`)].join('\n'))).toBe(36);
  });

  it('reports a broken diagram with the file, the line inside the file and Mermaid’s message', async () => {
    const problems = await mermaidProblems([
      { file: 'content/guides/a.mdx', line: 20, source: 'sequenceDiagram\n  A->>B: fine\n  A->>B missing colon' },
      { file: 'content/guides/a.mdx', line: 40, source: 'flowchart LR\n  a --> b' },
      { file: 'content/guides/b.mdx', line: 7, source: 'notADiagram\n  x' },
    ]);
    expect(problems.map(formatProblem)).toEqual([
      expect.stringMatching(
        /^content\/guides\/a\.mdx:23  error  ```mermaid: Mermaid cannot parse this diagram: Expecting 'TXT', got 'NEWLINE' — .*\(mermaid-syntax\)$/,
      ),
      expect.stringMatching(
        /^content\/guides\/b\.mdx:8  error  ```mermaid: Mermaid cannot parse this diagram: No diagram type detected/,
      ),
    ]);
  });
});
