// VS Code snippets for authors (`.vscode/playbook.code-snippets`, written by `npm run schemas`), built
// from the content contract's words so they offer exactly what `check` accepts.
import { flowTriggers, guideSections, guideSizes, syncModes } from './vocabulary.ts';

/** One snippet in VS Code's format: what the author types, what it inserts, and the hint beside it. */
export interface EditorSnippet {
  /** Language ids the snippet is offered in. */
  scope: string;
  /** What the author types to be offered it. */
  prefix: string;
  /** The lines it inserts, with tab stops (`${1:placeholder}`, `${2|a,b|}`) and `$0` for the final cursor. */
  body: string[];
  description: string;
}

/** MDX files (language id from the MDX extension) and Markdown. */
const scope = 'mdx,markdown';

/** A choice between the given words, as a snippet tab stop. */
const choice = (stop: number, words: readonly string[]) => `\${${stop}|${words.join(',')}|}`;

/**
 * One item of a guide's `dataFlow` list, tab stops from `first`. Typed where the item's dash goes: VS Code
 * indents every further line as deep as that one.
 */
const dataFlowLines = (first: number) => [
  `- from: \${${first}:source-system-id}`,
  `  to: \${${first + 1}:target-system-id}`,
  `  objects: [\${${first + 2}:Invoice}]`,
  `  trigger: ${choice(first + 3, flowTriggers)}`,
  `  sync: ${choice(first + 4, syncModes)}`,
];

/** The snippets: a guide with every required field and section, a data flow, and a Mermaid diagram. */
export function editorSnippets(): Record<string, EditorSnippet> {
  return {
    'Integration guide': {
      scope,
      prefix: 'guide',
      description: 'A new integration guide: every required field and the eight sections, in order (status: draft).',
      body: [
        '---',
        'title: ${1:Salesforce to NetSuite}',
        'summary: ${2:What this integration does, for whom and why, in one paragraph of at most 280 characters.}',
        `size: ${choice(3, guideSizes)}`,
        'systems: [${4:salesforce}, ${5:netsuite}]',
        'owner: ${6:Your team}',
        'status: draft',
        'lastReviewed: $CURRENT_YEAR-$CURRENT_MONTH-$CURRENT_DATE',
        'tags: []',
        '---',
        '',
        ...guideSections.flatMap((section, index) => [`## ${section}`, '', ...(index === 0 ? ['$0', ''] : [])]),
      ],
    },
    'Data flow': {
      scope,
      prefix: 'dataflow',
      description: "One data flow of a guide's frontmatter (under dataFlow:); from and to are ids of the guide's systems.",
      body: dataFlowLines(1),
    },
    'Mermaid diagram': {
      scope,
      prefix: 'mermaid',
      description: 'A Mermaid diagram, drawn on the page (check validates its syntax).',
      body: ['```mermaid', '${1|flowchart LR,sequenceDiagram,stateDiagram-v2|}', '    $0', '```'],
    },
  };
}
