import { Parser } from 'htmlparser2';
import { scriptHash } from './csp.ts';

/** What the built pages may hold besides content: the project's own scripts. */
export interface OutputAllowance {
  /** Where the project's script files live, e.g. "/playbook/_astro/": a script with another src is refused. */
  scriptPrefixes: readonly string[];
  /** CSP hashes ('sha256-…') of the inline scripts the project puts on pages. */
  inlineScriptHashes: ReadonlySet<string>;
}

/** Script types that are data, not code: the browser never runs them. */
const dataScript = /^(application\/(ld\+)?json)$/i;
/** Attributes whose value the browser loads or follows as an address. */
const urlAttributes = new Set([
  'href',
  'src',
  'action',
  'formaction',
  'xlink:href',
  'poster',
  'data',
  'cite',
  'background',
  'ping',
]);
/** Elements that embed other documents or change how the page is read; the project puts none on a page. */
const embedding = new Set(['iframe', 'frame', 'frameset', 'object', 'embed', 'applet', 'base', 'portal']);

/** The scheme of an address as a browser reads it: control characters and whitespace ignored, any case. */
function scheme(url: string): string {
  // eslint-disable-next-line no-control-regex
  return /^([a-z][a-z0-9+.-]*):/i.exec(url.replace(/[\u0000-\u0020]/g, ''))?.[1]?.toLowerCase() ?? '';
}

/**
 * Everything in one built page that could run script the project did not put there: inline event handlers,
 * scripts other than the project's files and hashed inline scripts, javascript: (and data:) addresses,
 * srcdoc, embedded documents and refresh redirects. Empty for a clean page. The content policy of `check`
 * keeps all this out of entries; this proves it held after rendering, whatever path the HTML took.
 */
export function pageViolations(html: string, allowance: OutputAllowance): string[] {
  const violations: string[] = [];
  let script: { text: string } | undefined;
  const parser = new Parser(
    {
      onopentag(name, attributes) {
        for (const [attribute, value] of Object.entries(attributes)) {
          if (/^on/i.test(attribute)) violations.push(`an inline event handler: <${name} ${attribute}="${value.slice(0, 40)}">`);
          if (attribute === 'srcdoc') violations.push(`an embedded document: <${name} srcdoc>`);
          if (!urlAttributes.has(attribute)) continue;
          const kind = scheme(value);
          const inlineImage =
            kind === 'data' &&
            name === 'img' &&
            attribute === 'src' &&
            /^data:image\/(png|jpe?g|gif|webp|avif);/i.test(value.trim());
          if (kind === 'javascript' || kind === 'vbscript' || (kind === 'data' && !inlineImage)) {
            violations.push(`a ${kind}: address: <${name} ${attribute}="${value.slice(0, 40)}">`);
          }
        }
        if (embedding.has(name)) violations.push(`an embedding element: <${name}>`);
        if (name === 'meta' && attributes['http-equiv'] && attributes['http-equiv'].toLowerCase() !== 'content-security-policy') {
          violations.push(`a <meta http-equiv="${attributes['http-equiv']}">`);
        }
        if (name !== 'script') return;
        const type = attributes['type'] ?? '';
        if (attributes['src'] !== undefined) {
          if (!allowance.scriptPrefixes.some((prefix) => attributes['src']!.startsWith(prefix))) {
            violations.push(`a script from outside the project: <script src="${attributes['src']}">`);
          }
        } else if (!dataScript.test(type)) {
          script = { text: '' };
        }
      },
      ontext(text) {
        if (script) script.text += text;
      },
      onclosetag(name) {
        if (name !== 'script' || !script) return;
        if (!allowance.inlineScriptHashes.has(scriptHash(script.text))) {
          violations.push(`an inline script the project did not write: <script>${script.text.slice(0, 60)}</script>`);
        }
        script = undefined;
      },
    },
    // Attribute values decoded as the browser decodes them, so "&#106;avascript:" is read as "javascript:".
    { decodeEntities: true, lowerCaseAttributeNames: true, lowerCaseTags: true },
  );
  parser.write(html);
  parser.end();
  return violations;
}
