// Writes what the Astro VS Code extension reads to validate and complete MDX frontmatter.
import { mkdir, readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { z } from 'zod';
import { builtInCollections, defaultRegistry, type Registry } from './content/collections.ts';
import {
  astroCollectionsManifest,
  editorFileKinds,
  jsonSchemas,
  type FrontmatterEntry,
  type JsonSchemaFile,
} from './json-schemas.ts';
import type { HandbookLocation } from './settings.ts';

/** The package's committed JSON Schemas (`npm run schemas` writes them), in this repository or in node_modules. */
export const packageSchemasDir = fileURLToPath(new URL('../../schemas/', import.meta.url));

/** Reads every `*.schema.json` of a folder. */
export async function readJsonSchemaFiles(dir: string = packageSchemasDir): Promise<JsonSchemaFile[]> {
  const names = (await readdir(dir)).filter((name) => name.endsWith('.schema.json')).sort();
  return Promise.all(
    names.map(async (fileName) => ({ fileName, schema: JSON.parse(await readFile(join(dir, fileName), 'utf8')) })),
  );
}

/**
 * The schemas of a registry's MDX collections: the committed ones for the built-in collections, and for a
 * collection a team added, one made now from its zod schema (described by its `.describe()` texts: the
 * doc comments of a team's schema are not read at run time).
 */
export async function frontmatterSchemas(registry: Registry, schemasDir: string = packageSchemasDir): Promise<JsonSchemaFile[]> {
  const builtIn = new Set<z.ZodType>(Object.values(builtInCollections).map((spec) => spec.schema));
  const added = editorFileKinds(registry).filter((kind) => kind.format === 'frontmatter' && !builtIn.has(kind.schema));
  // A team's schema may hold a type JSON Schema cannot express: the editor then allows any value there, and check still checks it.
  const generated = jsonSchemas(added, new Map(), { otherwise: 'any' });
  const names = new Set(generated.map((file) => file.fileName));
  const committed = (await readJsonSchemaFiles(schemasDir)).filter((file) => !names.has(file.fileName));
  return [...committed, ...generated];
}

/**
 * Every MDX file of the registry's collections in the content folder, valid or not (a broken entry is the one
 * an author most needs checked while typing); drafts (`_x.mdx`), which check skips, are listed too.
 */
export async function frontmatterEntries(contentDir: string, registry: Registry = defaultRegistry): Promise<FrontmatterEntry[]> {
  const collections = Object.entries(registry).filter(([, spec]) => spec.extension === '.mdx');
  const listed = await Promise.all(
    collections.map(async ([collection, { folder }]) => {
      const dir = join(contentDir, folder);
      const names = await readdir(dir).catch(() => []);
      return names.filter((name) => name.endsWith('.mdx')).map((name) => ({ collection, absolutePath: join(dir, name) }));
    }),
  );
  return listed.flat();
}

/**
 * Writes `.astro/collections/` under the project root for the MDX entries of the content folder (see
 * `astroCollectionsManifest`), so the Astro VS Code extension checks their frontmatter. A file whose text is
 * unchanged is left alone: the language server reloads on every write it sees. Resolves to the names of the
 * files it wrote.
 */
export async function writeAstroCollections(
  { root, contentDir }: HandbookLocation,
  registry: Registry = defaultRegistry,
  schemasDir: string = packageSchemasDir,
): Promise<string[]> {
  const dir = join(root, '.astro', 'collections');
  const entries = await frontmatterEntries(contentDir, registry);
  const files = astroCollectionsManifest(entries, await frontmatterSchemas(registry, schemasDir), registry);
  await mkdir(dir, { recursive: true });
  const written: string[] = [];
  for (const { fileName, text } of files) {
    const path = join(dir, fileName);
    const current = await readFile(path, 'utf8').catch(() => undefined);
    if (current === text) continue;
    await writeFile(path, text);
    written.push(fileName);
  }
  return written;
}
