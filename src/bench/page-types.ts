import { existsSync } from 'node:fs';
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { defaultRegistry, type Registry } from '../lib/content/collections.ts';

/**
 * One page of every kind a built handbook has, found in its output, as [kind, path under the base]: the home,
 * 404, search, quote, portfolio, pipeline and tag pages, each collection's index and first entry, and guides broken down
 * into others, with a data flow and with an authored (Mermaid) diagram (the first guide's kind says so when it is
 * one of those). The browser tests
 * and `npm run vitals` visit these.
 */
export async function builtPageTypes(dir: string, registry: Registry = defaultRegistry): Promise<[string, string][]> {
  const types: [string, string][] = [
    ['home', ''],
    ['404', 'no-such-page/'],
    ['search', 'search/'],
    ['quote', 'quote/'],
    ['portfolio', 'portfolio/'],
    ['pipeline', 'pipeline/'],
    ['tag index', 'tags/'],
  ];
  const foldersIn = async (folder: string) =>
    existsSync(join(dir, folder))
      ? (await readdir(join(dir, folder), { withFileTypes: true }))
          .filter((entry) => entry.isDirectory())
          .map((entry) => entry.name)
          .sort()
      : [];
  const [tag] = await foldersIn('tags');
  if (tag) types.push(['tag', `tags/${tag}/`]);
  for (const spec of Object.values(registry)) {
    if (!existsSync(join(dir, spec.folder))) continue;
    types.push([`${spec.label.one} index`, `${spec.folder}/`]);
    const [entry] = await foldersIn(spec.folder);
    if (entry) types.push([spec.label.one, `${spec.folder}/${entry}/`]);
  }
  // Guides whose pages have a part of their own: a breakdown into other guides, a drawn data flow, a Mermaid diagram.
  const guides = registry['guides']?.folder ?? 'guides';
  for (const [kind, marker] of [
    ['with a breakdown', /id="breakdown"/],
    ['with a data flow', /class="diagram flow-diagram"/],
    // Drawn at build time, or in the reader's browser when the build had no browser.
    ['with an authored diagram', /diagram-drawn|<mermaid-diagram/],
  ] as const) {
    for (const id of await foldersIn(guides)) {
      if (!marker.test(await readFile(join(dir, guides, id, 'index.html'), 'utf8'))) continue;
      const path = `${guides}/${id}/`;
      const listed = types.find(([, page]) => page === path);
      if (listed) listed[0] = `${listed[0]} ${kind}`;
      else types.push([`Guide ${kind}`, path]);
      break;
    }
  }
  return types;
}
