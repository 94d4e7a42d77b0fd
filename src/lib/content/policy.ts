// "Entries are content, not code." Handbooks take pull requests from many authors and CI builds them with
// deploy credentials, so an MDX entry may hold Markdown, a safe subset of layout HTML and the handbook's own
// components with literal props, and nothing that runs on the build machine or in a reader's browser.
import { createRequire } from 'node:module';
import type { MdastNode } from 'satteri';
import type { Problem } from './problems.ts';
import { closeHint, closestMatch } from './suggest.ts';

/** What an entry may use besides Markdown: the handbook's own components and their props. */
export interface PolicyOptions {
  /**
   * Component name → the props it accepts, e.g. { Callout: { props: ['type', 'title'] } }; optionally the
   * props it cannot do without and the only values some props may take.
   */
  components: Readonly<
    Record<
      string,
      {
        readonly props: readonly string[];
        readonly required?: readonly string[];
        readonly values?: Readonly<Record<string, readonly string[]>>;
      }
    >
  >;
}

// satteri's ESM entry does not re-export its expression parser; the package's root index.js (shipped, and
// what its own binding imports) does. Resolving it next to the entry keeps us on the installed version.
const satteriEntry = createRequire(import.meta.url).resolve('satteri');
const { parseExpression } = createRequire(satteriEntry)('../index.js') as {
  /** ESTree of the expression as JSON; null when the source is only a comment or does not parse. */
  parseExpression(source: string): string | null;
};

/** Layout elements an entry may write as HTML: no scripts, no forms, no embedding, no styling. */
const layoutElements = new Set(
  (
    'a abbr b blockquote br caption cite code col colgroup dd del details dfn div dl dt em figcaption figure ' +
    'h1 h2 h3 h4 h5 h6 hr i img ins kbd li mark ol p pre q s samp small span strong sub summary sup table tbody td ' +
    'tfoot th thead time tr u ul var wbr'
  ).split(' '),
);

/** Elements refused with the reason a reviewer should know, and what to write instead. */
const dangerousElements: Readonly<Record<string, { why: string; instead: string }>> = {
  script: { why: "it runs JavaScript in readers' browsers", instead: 'to show code, put it in a fenced code block' },
  style: { why: 'it restyles the whole site and can overlay fake content', instead: "use the handbook's components for layout" },
  iframe: { why: 'it embeds another page, and srcdoc runs scripts', instead: 'link to the page instead: [title](https://…)' },
  frame: { why: 'it embeds another page', instead: 'link to the page instead: [title](https://…)' },
  frameset: { why: 'it embeds other pages', instead: 'link to the pages instead: [title](https://…)' },
  portal: { why: 'it embeds another page', instead: 'link to the page instead: [title](https://…)' },
  object: { why: 'it loads plugins and other documents into the page', instead: 'link to the file instead' },
  embed: { why: 'it loads plugins and other documents into the page', instead: 'link to the file instead' },
  applet: { why: 'it loads a plugin into the page', instead: 'link to the file instead' },
  form: { why: 'it can send what readers type to another site', instead: 'link to the real form instead' },
  input: { why: 'it collects what readers type', instead: 'link to the real form instead' },
  button: { why: 'it looks like part of the site and can submit forms', instead: 'link to the page instead' },
  textarea: { why: 'it collects what readers type', instead: 'link to the real form instead' },
  select: { why: "it collects readers' choices", instead: 'write the options as a list' },
  base: { why: 'it changes where every relative link on the page points', instead: 'remove it and write each link in full' },
  meta: {
    why: "it can redirect readers or change the page's security policy",
    instead: 'remove it; entry settings go in the frontmatter',
  },
  link: { why: 'it loads stylesheets and other resources into the page', instead: 'for a hyperlink write [text](url)' },
  svg: {
    why: 'SVG markup can carry scripts and event handlers',
    instead: 'save the drawing as a file and show it with ![description](./drawing.svg)',
  },
  math: {
    why: 'MathML switches the browser to markup with its own parsing rules, a known way past sanitisers',
    instead: 'write the formula as text or in `code`',
  },
  template: { why: 'its inert markup can be brought to life by scripts, a known way past sanitisers', instead: 'remove it' },
  noscript: { why: 'browsers parse it differently with and without scripts, a known way past sanitisers', instead: 'remove it' },
  dialog: { why: 'it can cover the page with fake controls', instead: "use a blockquote or one of the handbook's components" },
};

const globalAttributes = ['id', 'class', 'className', 'title', 'lang', 'dir', 'role', 'aria-*'];
/** Attributes each layout element takes besides the global ones. */
const elementAttributes: Readonly<Record<string, readonly string[]>> = {
  a: ['href', 'rel', 'target', 'hreflang'],
  img: ['src', 'alt', 'width', 'height', 'loading', 'decoding'],
  td: ['colspan', 'rowspan', 'scope', 'headers', 'abbr'],
  th: ['colspan', 'rowspan', 'scope', 'headers', 'abbr'],
  ol: ['start', 'reversed', 'type'],
  details: ['open'],
  time: ['datetime'],
  q: ['cite'],
  blockquote: ['cite'],
  del: ['cite', 'datetime'],
  ins: ['cite', 'datetime'],
  col: ['span'],
  colgroup: ['span'],
};

/** Attributes and props whose value a browser may follow or load, so their scheme matters. */
const urlAttribute = /(?:href|src|url|link|cite|action|poster|background)$|^data$/i;
const allowedSchemes = ['http', 'https', 'mailto', 'tel'];
const inlineImage = /^data:image\/(?:png|jpeg|gif|webp|avif);base64,/;

/** Every policy violation in one MDX file's tree, as problems (file, line, column, message, hint, rule). */
export function contentPolicyProblems(tree: MdastNode, file: string, options: PolicyOptions): Problem[] {
  const problems: Problem[] = [];
  const components = Object.keys(options.components);
  const imageLabels = new Set<string>();
  const collectImageLabels = (node: MdastNode) => {
    if (node.type === 'imageReference') imageLabels.add(node.identifier.toLowerCase());
    if ('children' in node) (node.children as MdastNode[]).forEach(collectImageLabels);
  };
  collectImageLabels(tree);

  const visit = (node: MdastNode) => {
    const at = { file, line: node.position?.start.line ?? 1, column: node.position?.start.column ?? 1 };
    const report = (rule: string, message: string, hint?: string) =>
      problems.push({ ...at, severity: 'error', message, ...(hint ? { hint } : {}), rule });
    switch (node.type) {
      case 'mdxjsEsm':
        esmProblems(node.value, at.column).forEach(({ line, column, message, hint }) =>
          problems.push({ file, line: at.line + line, column, severity: 'error', message, hint, rule: 'mdx-esm' }),
        );
        break;
      case 'mdxFlowExpression':
      case 'mdxTextExpression':
        if (!isComment(node.value) && !literal(node.value)) {
          report(
            'mdx-expression',
            `an expression in braces runs as code when the site is built (found: ${show(`{${node.value}}`)}; expected: text, or a comment {/* … */})`,
            'write the text itself; to show a brace write \\{ or put it in `code`',
          );
        }
        break;
      case 'mdxJsxFlowElement':
      case 'mdxJsxTextElement':
        elementProblems(node, options, components).forEach(({ rule, message, hint }) => report(rule, message, hint));
        break;
      case 'link':
      case 'image':
      case 'definition': {
        const image = node.type === 'image' || (node.type === 'definition' && imageLabels.has(node.identifier.toLowerCase()));
        const where = `${image ? 'an image' : 'a link'}${node.type === 'definition' ? ' definition' : ''}`;
        const problem = urlProblem(node.url, where, image) ?? (image ? localImageProblem(node.url) : undefined);
        if (problem) report(problem.rule, problem.message, problem.hint);
        break;
      }
      case 'code':
        if (node.lang === 'mermaid') {
          for (const finding of diagramMarkupProblems(node.value)) {
            // The fence's first line is its opening ```mermaid; the source starts on the next.
            problems.push({ file, line: at.line + 1 + finding.line, column: finding.column, severity: 'error', ...finding.problem });
          }
        }
        break;
    }
    // Code blocks and inline code have no children: what they show is text, never refused.
    if ('children' in node) (node.children as MdastNode[]).forEach(visit);
  };
  visit(tree);
  // A stable sort: problems at one place stay in the order of the attributes that caused them.
  return problems.sort((a, b) => (a.line ?? 0) - (b.line ?? 0) || (a.column ?? 0) - (b.column ?? 0));
}

interface Finding {
  rule: string;
  message: string;
  hint?: string;
}

/**
 * Markup in a Mermaid diagram's source that would run in a reader's browser. Mermaid draws labels as HTML
 * and sanitises what it draws, but it reads labels through the live page first, where an image's error
 * handler already fires (the Content-Security-Policy stops it, and reports it). So a diagram may use layout
 * tags such as <b> and <br>, but no element that runs or embeds anything, no on* attribute and no script URL.
 */
export function diagramMarkupProblems(source: string): { line: number; column: number; problem: Finding }[] {
  const found: { line: number; column: number; problem: Finding }[] = [];
  source.split('\n').forEach((text, line) => {
    for (const tag of text.matchAll(/<\s*\/?\s*([a-z][\w-]*)([^>]*)>?/gi)) {
      const [whole, name = '', attributes = ''] = tag;
      const column = (tag.index ?? 0) + 1;
      const element = name.toLowerCase();
      const danger = dangerousElements[element];
      if (/^<\s*\//.test(whole)) continue; // a closing tag: its opening tag is the one reported
      if (danger) {
        found.push({
          line,
          column,
          problem: {
            rule: 'html-element',
            message: `<${element}> is not allowed in a diagram: ${danger.why} (found: ${show(whole)})`,
            hint: 'write the label as text; Mermaid shows <, > and & as they are inside "quoted" labels',
          },
        });
        continue;
      }
      const handler = /(?:^|[\s/"'])(on[a-z]+)\s*=/i.exec(attributes);
      if (handler) {
        found.push({
          line,
          column,
          problem: {
            rule: 'event-handler',
            message: `${handler[1]} on <${element}> runs script in readers' browsers, in a diagram too (found: ${show(whole)})`,
            hint: 'remove the attribute',
          },
        });
      } else if (/(?:java|vb)script:/i.test(attributes.replace(/[\s\0]/g, ''))) {
        found.push({
          line,
          column,
          problem: { rule: 'unsafe-url', message: `a script address in a diagram runs when clicked (found: ${show(whole)})`, hint: 'link to a https:// page instead' },
        });
      }
    }
  });
  return found;
}

/** One problem per import or export statement; MDX starts each at the beginning of a line. */
function esmProblems(source: string, firstColumn: number) {
  const lines = source.split('\n');
  const found = lines.flatMap((text, line) => {
    const match = /^(\s*)(import|export)\b/.exec(text);
    if (!match) return [];
    const keyword = match[2];
    const column = (line === 0 ? firstColumn : 1) + (match[1]?.length ?? 0);
    const message =
      keyword === 'import'
        ? `an entry cannot import: an import reads files and runs code on the build machine (found: ${show(text.trim())}; expected: Markdown and the handbook's components)`
        : `an entry cannot export: an export runs code on the build machine (found: ${show(text.trim())}; expected: Markdown and the handbook's components)`;
    const hint =
      keyword === 'import'
        ? "the handbook's components are available without importing; remove the statement"
        : 'remove the statement and write what it held as text';
    return [{ line, column, message, hint }];
  });
  // MDX only makes an ESM block of lines that start with import or export, but never let one pass unreported.
  return found.length > 0
    ? found
    : [
        {
          line: 0,
          column: firstColumn,
          message: `an entry cannot import or export (found: ${show(source)})`,
          hint: 'remove the statement',
        },
      ];
}

type JsxElement = Extract<MdastNode, { type: 'mdxJsxFlowElement' | 'mdxJsxTextElement' }>;

function elementProblems(node: JsxElement, options: PolicyOptions, components: string[]): Finding[] {
  if (node.name === null) return []; // a fragment, <>…</>, has no attributes
  const name = node.name;
  const findings: Finding[] = [];
  // JSX reads a name as a component unless it starts with a lower-case letter; x.y is always a member lookup.
  const isComponent = !/^[a-z]/.test(name) || name.includes('.');
  const tag = name.toLowerCase(); // browsers read <sCript> as <script>
  let allowed: readonly string[] | undefined; // the attributes the element takes, when the element itself is allowed
  const component = isComponent && Object.hasOwn(options.components, name) ? options.components[name] : undefined;
  if (isComponent) {
    if (component) allowed = component.props;
    else {
      const known = components.length > 0 ? `the handbook's components are ${components.join(', ')}` : undefined;
      const close = closeHint(name, components);
      findings.push({
        rule: 'unknown-component',
        message: `unknown component <${name}> (found: ${show(name)}; expected: ${components.length > 0 ? `one of ${components.join(', ')}` : 'Markdown; this handbook defines no components'})`,
        hint: [close, known ?? 'write it in Markdown'].filter(Boolean).join(' '),
      });
    }
  } else if (layoutElements.has(tag)) {
    allowed = [...globalAttributes, ...(elementAttributes[tag] ?? [])];
  } else {
    const prefix = tag.split(':')[0] ?? tag; // <svg:rect> is SVG too
    const danger = Object.hasOwn(dangerousElements, prefix) ? dangerousElements[prefix] : undefined;
    if (danger) {
      findings.push({
        rule: 'html-element',
        message: `<${tag}> is not allowed in an entry: ${danger.why} (found: ${show(`<${name}>`)}; expected: Markdown, a layout element or one of the handbook's components)`,
        hint: danger.instead,
      });
    } else {
      const close = closestMatch(tag, [...layoutElements]);
      findings.push({
        rule: 'html-element',
        message: `<${tag}> is not one of the HTML elements an entry may use (found: ${show(`<${name}>`)}; expected: a layout element such as <div>, <details> or <table>, or one of the handbook's components)`,
        hint: close
          ? `did you mean <${close}>?`
          : `use Markdown${components.length > 0 ? `, or one of the handbook's components: ${components.join(', ')}` : ''}`,
      });
    }
  }

  for (const attribute of node.attributes) {
    if (attribute.type === 'mdxJsxExpressionAttribute') {
      findings.push({
        rule: 'mdx-expression',
        message: `a spread attribute on <${name}> passes props computed by code (found: ${show(`{${attribute.value}}`)}; expected: name="value" attributes)`,
        hint: 'write each attribute out as name="value"',
      });
      continue;
    }
    const key = attribute.name;
    if (/^on/i.test(key)) {
      findings.push({
        rule: 'event-handler',
        message: `<${name}> has an event handler, which runs JavaScript in readers' browsers (found: ${show(key)}; expected: no attribute starting with "on")`,
        hint: 'remove the attribute; entries cannot run scripts',
      });
      continue;
    }
    const raw = attribute.value;
    let value: unknown = raw;
    if (raw !== null && raw !== undefined && typeof raw !== 'string') {
      const parsed = isComment(raw.value) ? undefined : literal(raw.value);
      if (!parsed) {
        findings.push({
          rule: 'mdx-expression',
          message: `the value of "${key}" on <${name}> is computed by code (found: ${show(`${key}={${raw.value}}`)}; expected: a quoted value or a literal)`,
          hint: `write the value itself in quotes: ${key}="…"`,
        });
        continue;
      }
      value = parsed.value;
    }
    if (allowed) {
      const finding = isComponent ? propFinding(name, key, allowed) : attributeFinding(name, key, allowed);
      if (finding) {
        findings.push(finding);
        continue;
      }
    }
    const values = component?.values?.[key];
    if (values && !values.includes(String(value))) {
      findings.push({
        rule: 'component-prop',
        message: `<${name}> has an unknown ${key} (found: ${show(String(value))}; expected: one of ${values.join(', ')})`,
        hint: closeHint(String(value), values) ?? `leave ${key} out, or use one of ${values.join(', ')}`,
      });
    }
    if (typeof value === 'string' && urlAttribute.test(key)) {
      const image = tag === 'img' && key.toLowerCase() === 'src';
      const finding = urlProblem(value, `"${key}" on <${name}>`, image) ?? (image ? localImageProblem(value) : undefined);
      if (finding) findings.push(finding);
    }
  }
  const written = new Set(node.attributes.flatMap((attribute) => (attribute.type === 'mdxJsxAttribute' ? [attribute.name] : [])));
  for (const prop of component?.required ?? []) {
    if (written.has(prop)) continue;
    findings.push({
      rule: 'component-prop',
      message: `<${name}> needs a ${prop} (found: nothing; expected: ${prop}="…")`,
      hint: `add ${prop}="…" to the <${name}>`,
    });
  }
  return findings;
}

function propFinding(component: string, prop: string, props: readonly string[]): Finding | undefined {
  if (props.includes(prop)) return undefined;
  return {
    rule: 'component-prop',
    message: `<${component}> has no prop "${prop}" (found: ${show(prop)}; expected: ${props.length > 0 ? `one of ${props.join(', ')}` : 'no props'})`,
    hint: closeHint(prop, props) ?? 'remove it',
  };
}

function attributeFinding(element: string, attribute: string, allowed: readonly string[]): Finding | undefined {
  const lower = attribute.toLowerCase();
  if (lower.startsWith('aria-') || allowed.some((a) => a.toLowerCase() === lower)) return undefined;
  if (lower === 'style') {
    return {
      rule: 'html-attribute',
      message: `inline style on <${element}> (found: ${show(attribute)}; expected: no style attribute)`,
      hint: "remove it: inline styles can overlay fake content on the page; use the handbook's components for layout",
    };
  }
  if (lower.startsWith('data-')) {
    return {
      rule: 'html-attribute',
      message: `data attribute on <${element}> (found: ${show(attribute)}; expected: no data-* attributes)`,
      hint: "remove it: data-* attributes can drive the site's own scripts; use the handbook's components for layout",
    };
  }
  return {
    rule: 'html-attribute',
    message: `attribute not allowed on <${element}> (found: ${show(attribute)}; expected: one of ${allowed.join(', ')})`,
    hint:
      closeHint(
        attribute,
        allowed.filter((a) => a !== 'aria-*'),
      ) ?? 'remove it',
  };
}

/** A URL the way a browser reads its scheme: character references decoded, whitespace and controls gone. */
function normaliseUrl(url: string): string {
  let decoded = url;
  // Repeat, so an entity that spells another entity is read too: over-strict for prose, never for a URL.
  for (let round = 0; round < 4; round++) {
    const next = decoded
      .replace(/&#x([0-9a-f]+);?/gi, (_, hex: string) => codePoint(Number.parseInt(hex, 16)))
      .replace(/&#([0-9]+);?/g, (_, decimal: string) => codePoint(Number.parseInt(decimal, 10)))
      .replace(/&(colon|Tab|NewLine|amp|sol|period);/g, (_, name: string) => namedReferences[name] ?? '');
    if (next === decoded) break;
    decoded = next;
  }
  return decoded.replace(/[\u0000-\u0020\u007f]/g, '').toLowerCase();
}

const namedReferences: Readonly<Record<string, string>> = {
  colon: ':',
  Tab: '\t',
  NewLine: '\n',
  amp: '&',
  sol: '/',
  period: '.',
};
const codePoint = (n: number) => (n > 0 && n <= 0x10ffff ? String.fromCodePoint(n) : '\ufffd');

function urlProblem(url: string, where: string, image: boolean): Finding | undefined {
  const normal = normaliseUrl(url);
  const scheme = /^([a-z][a-z0-9+.-]*):/.exec(normal)?.[1];
  if (scheme === undefined || allowedSchemes.includes(scheme)) return undefined;
  if (image && inlineImage.test(normal)) return undefined;
  const expected = `expected: an ${allowedSchemes.slice(0, -1).join(', ')} or ${allowedSchemes.at(-1)} URL, or a path${image ? ', or data:image/png;base64,…' : ''}`;
  const why =
    scheme === 'javascript' || scheme === 'vbscript'
      ? 'which runs code when a reader follows it'
      : scheme === 'data'
        ? image
          ? 'which may only hold a PNG, JPEG, GIF, WebP or AVIF image in base64'
          : 'which can carry a whole page with scripts'
        : 'which is not a web address';
  const hint =
    scheme === 'data' && image
      ? 'save the image as a file next to the entry and write ![description](./image.png)'
      : (closeHint(scheme, allowedSchemes)?.replace(/"\?$/, ':"?') ??
        (image
          ? 'use an https:// image or a file next to the entry'
          : 'link to a web page (https://…) or to a page of the handbook'));
  return {
    rule: 'unsafe-url',
    message: `URL scheme "${scheme}:" in ${where}, ${why} (found: ${show(url)}; ${expected})`,
    hint,
  };
}

function localImageProblem(url: string): Finding | undefined {
  const normal = normaliseUrl(url);
  if (normal.startsWith('//') || /^[a-z][a-z0-9+.-]*:/.test(normal)) return undefined;
  const cut = url.search(/[?#]/);
  if (cut < 0) return undefined;
  return {
    rule: 'image-url',
    message: `local image with a query or fragment, which the build reads as an import instruction (found: ${show(url)}; expected: a plain file path)`,
    hint: `write ${show(url.slice(0, cut))}`,
  };
}

/** True when an expression holds nothing but comments and whitespace: `{/* note *\/}`. */
function isComment(source: string): boolean {
  // Each comment can end in one place only, so a long run of them cannot make the match backtrack.
  return /^(?:\s|\/\*(?:[^*]|\*(?!\/))*\*\/|\/\/[^\n]*(?=\n|$))*$/.test(source);
}

interface EstreeNode {
  type: string;
  start: number;
  end: number;
  [key: string]: unknown;
}

/** The value of an expression made only of literals (`"a"`, `-1`, `[1, "b"]`, `{ a: true }`), or undefined. */
function literal(source: string): { value: unknown } | undefined {
  let json: string | null;
  try {
    json = parseExpression(source);
  } catch {
    return undefined;
  }
  if (json === null) return undefined;
  const program = JSON.parse(json) as { body: EstreeNode[] };
  const statement = program.body[0];
  if (program.body.length !== 1 || statement?.type !== 'ExpressionStatement') return undefined;
  const expression = statement['expression'] as EstreeNode;
  // The parser stops at the first complete expression ("a" execSync() reads as "a"): around it there may be
  // comments and nothing else. Offsets are UTF-8 bytes.
  const bytes = new TextEncoder().encode(source);
  const decoder = new TextDecoder();
  const before = decoder.decode(bytes.slice(0, expression.start));
  const after = decoder.decode(bytes.slice(expression.end));
  if (!isComment(before) || !isComment(after)) return undefined;
  return literalValue(expression);
}

function literalValue(node: EstreeNode): { value: unknown } | undefined {
  switch (node.type) {
    case 'Literal': {
      const value = node['value'];
      if ('regex' in node || 'bigint' in node) return undefined;
      return value === null || ['string', 'number', 'boolean'].includes(typeof value) ? { value } : undefined;
    }
    case 'TemplateLiteral': {
      // Without substitutions a template has one part; its cooked text is null when an escape is invalid.
      const cooked = (node['quasis'] as { value: { cooked: string | null } }[])[0]?.value.cooked;
      return (node['expressions'] as unknown[]).length === 0 && typeof cooked === 'string' ? { value: cooked } : undefined;
    }
    case 'UnaryExpression': {
      const argument = node['argument'] as EstreeNode;
      const value = argument.type === 'Literal' ? argument['value'] : undefined;
      return node['operator'] === '-' && typeof value === 'number' && !('bigint' in argument) ? { value: -value } : undefined;
    }
    case 'ParenthesizedExpression':
      return literalValue(node['expression'] as EstreeNode);
    case 'ArrayExpression': {
      const values = (node['elements'] as (EstreeNode | null)[]).map((element) => (element ? literalValue(element) : undefined));
      return values.every((v) => v !== undefined) ? { value: values.map((v) => v?.value) } : undefined;
    }
    case 'ObjectExpression': {
      const entries: [string, unknown][] = [];
      for (const property of node['properties'] as EstreeNode[]) {
        if (property.type !== 'Property' || property['kind'] !== 'init' || property['method'] || property['computed'])
          return undefined;
        const key = property['key'] as EstreeNode;
        const name = key.type === 'Identifier' ? key['name'] : key.type === 'Literal' ? key['value'] : undefined;
        const value = literalValue(property['value'] as EstreeNode);
        if ((typeof name !== 'string' && typeof name !== 'number') || !value) return undefined;
        entries.push([String(name), value.value]);
      }
      return { value: Object.fromEntries(entries) };
    }
    default:
      return undefined;
  }
}

/** Quotes what the author wrote, shortened to about 60 characters. */
function show(text: string): string {
  const characters = Array.from(text);
  return JSON.stringify(characters.length > 60 ? `${characters.slice(0, 59).join('')}…` : text);
}
