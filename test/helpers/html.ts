import { existsSync } from 'node:fs';
import { readFile, readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { parse, type HTMLElement } from 'node-html-parser';

/** Every HTML file of a built site, as paths relative to its root. */
export async function htmlFiles(dir: string): Promise<string[]> {
  const files = await readdir(dir, { recursive: true });
  return files.filter((f) => f.endsWith('.html')).sort();
}

/** Parses one page of a built site. */
export async function page(dir: string, path: string): Promise<HTMLElement> {
  // pre is parsed as markup (not raw text), so code and diagram sources read as their text.
  return parse(await readFile(join(dir, path), 'utf8'), { blockTextElements: { script: true, style: true } });
}

/**
 * Internal links in a built site that lead nowhere: every href and src under `base` must name a
 * file or a folder with an index.html, and every #fragment an element id on the target page.
 */
export async function brokenLinks(dir: string, base: string): Promise<string[]> {
  const broken: string[] = [];
  const ids = new Map<string, Set<string>>();
  const idsOf = async (file: string) => {
    if (!ids.has(file)) {
      const root = parse(await readFile(join(dir, file), 'utf8'));
      ids.set(file, new Set(root.querySelectorAll('[id]').map((el) => el.id)));
    }
    return ids.get(file)!;
  };
  for (const file of await htmlFiles(dir)) {
    const root = await page(dir, file);
    for (const el of root.querySelectorAll('a[href], link[href], script[src], img[src]')) {
      const url = el.getAttribute('href') ?? el.getAttribute('src') ?? '';
      if (/^[a-z]+:/i.test(url) || url.startsWith('//')) continue;
      const [withQuery = '', fragment] = url.split('#');
      const path = withQuery.split('?')[0] ?? '';
      let target = file;
      if (path) {
        if (!path.startsWith(base)) {
          broken.push(`${file}: ${url} (outside the base ${base})`);
          continue;
        }
        const inSite = decodeURIComponent(path.slice(base.length));
        const candidate = inSite === '' || inSite.endsWith('/') ? join(inSite, 'index.html') : inSite;
        if (!existsSync(join(dir, candidate))) {
          broken.push(`${file}: ${url}`);
          continue;
        }
        target = candidate;
      }
      if (fragment && target.endsWith('.html') && !(await idsOf(target)).has(decodeURIComponent(fragment))) {
        broken.push(`${file}: ${url} (no element with id "${fragment}" in ${target})`);
      }
    }
  }
  return broken;
}
