import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { readdir } from 'node:fs/promises';
import { extname, join, relative, sep } from 'node:path';
import { entryId } from '../schemas/common.ts';
import { collectionNames, collections, type CollectionName } from './collections.ts';
import type { Problem } from './problems.ts';
import { parseYamlSource, splitFrontmatter, type YamlSource } from './source.ts';

/** One file of a collection, read and parsed but not yet validated. */
export interface SourceEntry {
  collection: CollectionName;
  /** The file name without its extension; also the last URL segment. */
  id: string;
  /** Path relative to the project root, forward slashes. */
  file: string;
  /** The whole file text. */
  text: string;
  /** The frontmatter (MDX) or the whole file (YAML), parsed with positions. */
  yaml: YamlSource;
}

/** Files in a collection folder that are not entries and are skipped without a word. */
const ignoredFile = (name: string) => name.startsWith('.') || name.startsWith('_') || /^readme\.md$/i.test(name);

/** Whether a collection folder holds at least one entry file; a missing folder holds none. */
export function folderHasEntries(folder: string, extension: string): boolean {
  return existsSync(folder) && readdirSync(folder).some((name) => name.endsWith(extension) && !ignoredFile(name));
}

/** Display path of a file: relative to the project root, with forward slashes. */
export function displayPath(root: string, path: string): string {
  return relative(root, path).split(sep).join('/');
}

async function listFolder(folder: string): Promise<string[]> {
  try {
    return (await readdir(folder, { withFileTypes: true })).filter((d) => d.isFile()).map((d) => d.name).sort();
  } catch (error) {
    // A missing collection folder is an empty collection, not an error.
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return [];
    throw error;
  }
}

/** Reads every entry file of every collection under `contentDir`; shape problems of files come back as problems. */
export async function readHandbookSources(
  contentDir: string,
  root: string,
): Promise<{ entries: SourceEntry[]; problems: Problem[] }> {
  const entries: SourceEntry[] = [];
  const problems: Problem[] = [];
  for (const collection of collectionNames) {
    const spec = collections[collection];
    const folder = join(contentDir, spec.folder);
    for (const name of await listFolder(folder)) {
      if (ignoredFile(name)) continue;
      const path = join(folder, name);
      const file = displayPath(root, path);
      if (extname(name) !== spec.extension) {
        problems.push({
          file,
          severity: 'error',
          message: `the ${spec.folder}/ folder holds ${spec.extension} files (found: "${extname(name) || 'no extension'}"; expected: "${spec.extension}")`,
          hint: `rename it to ${name.slice(0, name.length - extname(name).length)}${spec.extension}, or move it out of ${spec.folder}/`,
          rule: 'file-type',
        });
        continue;
      }
      const id = name.slice(0, -spec.extension.length);
      if (!entryId.safeParse(id).success) {
        const suggestion = id.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '');
        problems.push({
          file,
          severity: 'error',
          message: `file name "${name}" does not make a valid id (expected: lower-case words joined by hyphens)`,
          hint: `rename it to ${suggestion}${spec.extension}`,
          rule: 'file-name',
        });
        continue;
      }
      // Synchronous: a thousand small files read one after another are read faster without a promise each.
      const text = readFileSync(path, 'utf8');
      entries.push(parseEntry(collection, id, file, text));
    }
  }
  return { entries, problems };
}

/** Parses one entry's text: YAML files whole, MDX files by their frontmatter. */
export function parseEntry(collection: CollectionName, id: string, file: string, text: string): SourceEntry {
  if (collections[collection].extension === '.yaml') {
    return { collection, id, file, text, yaml: parseYamlSource(text, file, 1) };
  }
  const split = splitFrontmatter(text);
  const yaml = parseYamlSource(split.frontmatter ?? '', file, split.frontmatterLine);
  if (split.frontmatter === undefined) {
    yaml.problems.push({
      file,
      line: 1,
      severity: 'error',
      message: 'no frontmatter (expected: a YAML block between --- lines at the top of the file)',
      hint: 'start the file with ---, the fields, then --- (see CONTRIBUTING.md or an existing entry)',
      rule: 'frontmatter',
    });
  }
  return { collection, id, file, text, yaml };
}
