import { existsSync } from 'node:fs';
import { dirname, join, normalize, relative, sep } from 'node:path';
import GithubSlugger from 'github-slugger';
import type { BodyHeading, BodyLink } from './body.ts';
import type { Problem } from './problems.ts';
import { closeHint } from './suggest.ts';
import { entryPath } from '../urls.ts';

/** Every page of the site and the anchors on it, as checks need them. */
export interface SiteMap {
  /** The anchors of the page at `path` (without the base), or undefined when the site has no such page. */
  get(path: string): ReadonlySet<string> | undefined;
  /** Every page's path. */
  keys(): IterableIterator<string>;
}

/** An entry's headings, or a way to get them when a link needs them (`check --changed` outlines only what it must). */
type Headings = readonly BodyHeading[] | (() => readonly BodyHeading[]);

/** Whether `path` lies inside `folder` (both absolute). */
function isInside(folder: string, path: string): boolean {
  const rel = relative(folder, path);
  return rel !== '' && !rel.startsWith('..') && !rel.startsWith(sep);
}

/** Heading anchors as Astro makes them: GitHub-style slugs, numbered when repeated. */
function headingAnchors(headings: readonly BodyHeading[]): string[] {
  const slugger = new GithubSlugger();
  return headings.map((heading) => slugger.slug(heading.text));
}

/** The pages every handbook site has besides its entries and their collections' indexes, with the anchors on each. */
const fixedPageAnchors: Readonly<Record<string, readonly string[]>> = {
  '/': ['main', 'start', 'by-system', 'recent', 'overdue'],
  '/tags/': ['main'],
  '/quote/': ['main', 'quote', 'model'],
  '/portfolio/': ['main'],
  '/pipeline/': ['main'],
  '/search/': ['main'],
};
export const fixedPages = Object.keys(fixedPageAnchors);

/** The site's pages (paths without the base) with their anchors, from the entries, the collections and the fixed pages. */
export function siteMap(
  /** Each entry's page: its folder, id, body headings and the anchors its template adds for those headings. */
  entries: readonly { folder: string; id: string; headings: Headings; template: (headings: readonly BodyHeading[]) => string[] }[],
  tagSlugs: readonly string[],
  collectionFolders: readonly string[] = ['guides', 'anti-patterns', 'security', 'systems', 'handbook'],
): SiteMap {
  const pages = new Map<string, ReadonlySet<string> | (() => ReadonlySet<string>)>();
  for (const path of collectionFolders.map((folder) => `/${folder}/`)) pages.set(path, new Set(['main']));
  for (const [path, anchors] of Object.entries(fixedPageAnchors)) pages.set(path, new Set(anchors));
  for (const slug of tagSlugs) pages.set(`/tags/${slug}/`, new Set(['main']));
  for (const { folder, id, headings, template } of entries) {
    const anchors = (list: readonly BodyHeading[]) => new Set([...template(list), ...headingAnchors(list)]);
    pages.set(entryPath(folder, id), typeof headings === 'function' ? () => anchors(headings()) : anchors(headings));
  }
  return {
    get(path) {
      const anchors = pages.get(path);
      if (typeof anchors !== 'function') return anchors;
      const known = anchors();
      pages.set(path, known);
      return known;
    },
    keys: () => pages.keys(),
  };
}

/**
 * Checks every link and image of an entry: site links must reach a page and, with a #fragment, a
 * heading on it; local images and files must exist (next to the entry, or in public/). External
 * links are left alone: checking them needs the network, and a build must not depend on it.
 */
export function linkProblems(
  /** `file` as shown, `path` on disk, `url` the entry's own page (as in `pages`). */
  entry: { file: string; path: string; url: string },
  links: readonly BodyLink[],
  pages: SiteMap,
  publicDir: string,
  /** The content folder: a relative image or file must be inside it (the build reads and publishes it). */
  contentDir: string = dirname(dirname(entry.path)),
): Problem[] {
  const problems: Problem[] = [];
  const here = entry.url;
  for (const link of links) {
    const at = { file: entry.file, line: link.line, column: link.column, severity: 'error' as const };
    if (/^[a-z][a-z0-9+.-]*:/i.test(link.url) || link.url.startsWith('//')) continue;
    const [pathPart = '', fragment] = link.url.split('#');
    const path = pathPart.split('?')[0] ?? '';
    const looksLikeFile = /\.[a-z0-9]{2,5}$/i.test(path);
    if (link.kind === 'image' || looksLikeFile) {
      if (!path) continue;
      const file = path.startsWith('/') ? join(publicDir, path) : normalize(join(dirname(entry.path), path));
      const folder = path.startsWith('/') ? publicDir : contentDir;
      if (!isInside(folder, file)) {
        problems.push({
          ...at,
          message: `${link.kind === 'image' ? 'image' : 'file'} "${link.url}" is outside the ${path.startsWith('/') ? 'public/' : 'content'} folder (expected: a file next to the entry, or in public/ for a path starting with /)`,
          hint: 'copy the file next to the entry and link to it as ./name; the build publishes only what the handbook holds',
          rule: 'missing-asset',
        });
        continue;
      }
      if (!existsSync(file)) {
        problems.push({
          ...at,
          message: `${link.kind === 'image' ? 'image' : 'file'} "${link.url}" does not exist (expected: a file next to the entry, or in public/ for a path starting with /)`,
          rule: 'missing-asset',
        });
      }
      continue;
    }
    const target = path === '' ? here : path.startsWith('/') ? path : new URL(path, `https://site${here}`).pathname;
    const canonical = target.endsWith('/') ? target : `${target}/`;
    const anchors = pages.get(canonical);
    if (!anchors) {
      const hint = closeHint(canonical, [...pages.keys()]);
      problems.push({
        ...at,
        message: `link to "${link.url}" leads to no page (expected: a page of this handbook, such as /guides/<id>/)`,
        ...(hint ? { hint } : {}),
        rule: 'broken-link',
      });
      continue;
    }
    if (fragment && !anchors.has(decodeURIComponent(fragment))) {
      const hint = closeHint(fragment, [...anchors], '#');
      const real = [...anchors].map((anchor) => `#${anchor}`);
      const expected = `${real.slice(0, 8).join(', ')}${real.length > 8 ? `, … (${real.length} in all)` : ''}`;
      problems.push({
        ...at,
        message: `link to "${link.url}" names no heading on that page (found: "#${fragment}"; expected one of: ${expected})`,
        ...(hint ? { hint } : {}),
        rule: 'broken-anchor',
      });
    }
  }
  return problems;
}
