// The JavaScript one built page runs, measured the same way by the benchmark and by the page-budget tests.
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { parse } from 'node-html-parser';

/** A static import between built chunks, as the bundler writes it: `import "./x.js"` or `from "./x.js"`. */
const staticImport = /(?:from|import)\s*"\.\/([^"]+\.js)"/g;

/**
 * Whether a script element runs as JavaScript (HTML's rule): no type, an empty one, "module" or a JavaScript
 * MIME type. Any other type (application/json, application/ld+json, importmap…) is data, not code.
 */
function isJavaScript(type: string | undefined): boolean {
  if (type === undefined) return true;
  const essence = type.split(';')[0]!.trim().toLowerCase();
  return /^(|module|(?:text|application)\/(?:x-)?(?:java|ecma)script)$/.test(essence);
}

/**
 * The JavaScript a built page runs before the reader interacts: its inline scripts, the script files it
 * loads and every chunk those import statically (dynamic imports load later, so they do not count).
 * `page` is the HTML file's path inside the built `site`; `base` is the base path the site was built
 * under, which script addresses start with. Returns `bytes`, the gzipped size of each script compressed
 * on its own (as a server sends them) added up, and `files`, the script files counted, relative to `site`.
 * A script outside the site or a file that is not there throws rather than counting as nothing.
 */
export function pageScripts(site: string, page: string, base = '/'): { bytes: number; files: string[] } {
  const html = parse(readFileSync(join(site, page), 'utf8'), { blockTextElements: { script: true, style: true } });
  const files = new Set<string>();
  const visit = (path: string) => {
    if (files.has(path)) return;
    files.add(path);
    for (const [, imported] of readFileSync(join(site, path), 'utf8').matchAll(staticImport))
      visit(join(dirname(path), imported!));
  };
  const inline: string[] = [];
  for (const script of html.querySelectorAll('script')) {
    if (!isJavaScript(script.getAttribute('type'))) continue;
    const src = script.getAttribute('src');
    // As written: a browser does not decode character references inside a script.
    if (src === undefined) inline.push(script.rawText);
    else if (src.startsWith(base) && !src.startsWith('//')) visit(src.slice(base.length).split(/[?#]/)[0]!);
    else throw new Error(`${page}: cannot measure the script ${src}, which is not under the base path ${base}`);
  }
  const code = [...inline, ...[...files].map((file) => readFileSync(join(site, file), 'utf8'))];
  return { bytes: code.reduce((sum, text) => sum + gzipSync(text).length, 0), files: [...files] };
}
