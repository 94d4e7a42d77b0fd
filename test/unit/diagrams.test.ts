import { describe, expect, it } from 'vitest';
import { dataFlowDiagram } from '../../src/lib/diagrams/data-flow.ts';
import { authoredTitle, diagramKind, reservedHeight } from '../../src/lib/diagrams/kind.ts';
import { mermaidLabel } from '../../src/lib/diagrams/mermaid-text.ts';
import { mermaidProblems } from '../../src/lib/diagrams/parse.ts';
import { formatProblem } from '../../src/lib/content/problems.ts';

const systems = new Map([
  ['zuora', { name: 'Zuora', category: 'Billing' }],
  ['netsuite', { name: 'NetSuite', category: 'ERP' }],
  ['salesforce', { name: 'Salesforce', category: 'CRM' }],
]);

describe('data-flow diagrams', () => {
  it('turns typed flows into a flowchart: one node per system, one labelled edge per flow', () => {
    const diagram = dataFlowDiagram(
      'Invoices to the ledger',
      [
        { from: 'salesforce', to: 'zuora', objects: ['Account'], trigger: 'event', sync: 'incremental' },
        { from: 'zuora', to: 'netsuite', objects: ['Invoice', 'Payment'], trigger: 'schedule' },
        { from: 'zuora', to: 'netsuite', objects: ['Credit memo'] },
      ],
      systems,
    );
    expect(diagram.source).toMatchInlineSnapshot(`
      "%%{init: {"flowchart": {"htmlLabels": true}, "htmlLabels": true}}%%
      flowchart LR
        s1["Salesforce (CRM)"]
        s2["Zuora (Billing)"]
        s3["NetSuite (ERP)"]
        s1 -->|"Account (event, incremental)"| s2
        s2 -->|"Invoice, Payment (schedule)"| s3
        s2 -->|"Credit memo"| s3"
    `);
    expect(diagram.nodes).toEqual({ s1: 'salesforce', s2: 'zuora', s3: 'netsuite' });
    // Zuora sends two flows to NetSuite: two rows of edges.
    expect(diagram.height).toBe(14);
  });

  it('is deterministic', () => {
    const flows = [{ from: 'zuora', to: 'netsuite', objects: ['Invoice'] }];
    expect(dataFlowDiagram('A', flows, systems)).toEqual(dataFlowDiagram('A', flows, systems));
  });

  it('names the flow and the system when a flow names a system the handbook lacks', () => {
    expect(() => dataFlowDiagram('Invoices', [{ from: 'zuora', to: 'sap', objects: ['Invoice'] }], systems)).toThrow(
      'Data flow 1 of "Invoices" names system "sap", which is not in the handbook.',
    );
  });

  it.each([
    ['quotes', 'Say "hi"', 'Say #34;hi#34;'],
    ['brackets and pipes', 'a[b]|c{d}', 'a#91;b#93;#124;c#123;d#125;'],
    ['a hash', 'C# #1', 'C#35; #35;1'],
    ['HTML', '<img src=x onerror=alert(1)>', '#60;img src#61;x onerror#61;alert(1)#62;'],
    ['unicode', 'Société Générale 漢', 'Soci#233;t#233; G#233;n#233;rale #28450;'],
    ['line breaks', 'two\nlines', 'two lines'],
  ])('escapes %s in labels', (_name, text, expected) => {
    expect(mermaidLabel(text)).toBe(expected);
  });

  it('produces text Mermaid parses, whatever the names contain', async () => {
    const hostile = new Map([
      ['a', { name: 'A "quoted" [bracket] | pipe # hash', category: '<script>alert(1)</script>' }],
      ['b', { name: '<img src=x onerror=alert(1)>', category: 'end' }],
    ]);
    const diagram = dataFlowDiagram('Évaluation "x" #1', [{ from: 'a', to: 'b', objects: ['Order|Line', 'end', '%%'] }], hostile);
    const shapes = diagram.source
      .split('\n')
      .filter((line) => !/^\s*(acc(Title|Descr):|%%)/.test(line))
      .join('\n');
    const labels = [...shapes.matchAll(/"([^"]*)"/g)].map((match) => match[1]);
    expect(labels).toHaveLength(3);
    for (const label of labels) expect(label).toMatch(/^([A-Za-z0-9 ,.()/_+-]|#\d+;)*$/);
    expect(await mermaidProblems([{ file: 'generated', line: 0, source: diagram.source }])).toEqual([]);
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
