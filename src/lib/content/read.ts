import { lstatSync, readdirSync, readFileSync, type Dirent } from 'node:fs';
import { extname, join, relative, sep } from 'node:path';
import { entryId } from '../schemas/common.ts';
import { collectionOfFolder, defaultRegistry, type Registry } from './collections.ts';
import type { Problem } from './problems.ts';
import { parseYamlSource, splitFrontmatter, type YamlSource } from './source.ts';
import { closeHint } from './suggest.ts';
import { decodeText, scriptInMarkup, scriptInMarkupProblem } from './text.ts';

/** One file of a collection, read and parsed but not yet validated. */
export interface SourceEntry {
  /** The collection's name in the registry, e.g. "guides". */
  collection: string;
  /** The file name without its extension; also the last URL segment. */
  id: string;
  /** Path relative to the project root, forward slashes. */
  file: string;
  /** The whole file text. */
  text: string;
  /** The frontmatter (MDX) or the whole file (YAML), parsed with positions. */
  yaml: YamlSource;
}

/** A text file of the content folder that is not an entry (settings, models, notes), for the secret scan. */
export interface TextFile {
  file: string;
  text: string;
}

/** Everything in a content folder, read: the entries, the other text files, and what is wrong with the files themselves. */
export interface HandbookFiles {
  entries: SourceEntry[];
  otherText: TextFile[];
  problems: Problem[];
}

/** Files and folders that are not entries and are skipped without a word: drafts (`_x`), dotfiles, READMEs. */
export const ignoredName = (name: string) => name.startsWith('.') || name.startsWith('_') || /^readme\.md$/i.test(name);

/** Image files that may sit next to the entries that show them. */
const imageExtensions = new Set(['.png', '.jpg', '.jpeg', '.gif', '.webp', '.avif', '.svg']);

/** Model files the content folder's models/ may hold (see src/lib/models.ts). */
export const modelFiles = ['estimate.yaml', 'scoring.yaml'];

/** Display path of a file: relative to the project root, with forward slashes. */
export function displayPath(root: string, path: string): string {
  return relative(root, path).split(sep).join('/');
}

/** Reads a file's text for the checks: UTF-8 only (a problem otherwise), without a byte-order mark. */
export function readText(path: string, file: string): { text: string } | { problem: Problem } {
  return decodeText(readFileSync(path), file);
}

function entries(folder: string): Dirent[] {
  return readdirSync(folder, { withFileTypes: true }).sort((a, b) => a.name.localeCompare(b.name));
}

/** Every file under a folder, for naming what a nested folder holds. */
function filesUnder(folder: string): string[] {
  return entries(folder).flatMap((dirent) => {
    const path = join(folder, dirent.name);
    return dirent.isDirectory() ? filesUnder(path) : [path];
  });
}

/**
 * Reads every file of the content folder as `check` and the build see it. Each kind of file has one
 * meaning, and anything else is a problem rather than something silently skipped or followed:
 * a missing content folder, symbolic links (refused: a link can point anywhere on the build machine),
 * nested folders, unknown folders and files, files that are not UTF-8.
 */
export function readHandbookSources(contentDir: string, root: string, registry: Registry = defaultRegistry): HandbookFiles {
  const files: HandbookFiles = { entries: [], otherText: [], problems: [] };
  const shown = displayPath(root, contentDir) || '.';
  const problem = (path: string, fields: Omit<Problem, 'file' | 'severity'>) =>
    files.problems.push({ file: displayPath(root, path) || '.', severity: 'error', ...fields });

  let stat;
  try {
    stat = lstatSync(contentDir);
  } catch {
    problem(contentDir, {
      message: `the content folder does not exist (found: nothing at ${shown}/; expected: a folder with guides/, systems/ and the other collections)`,
      hint: 'create it (playbook init makes a working one), or set PLAYBOOK_CONTENT to the folder that holds your handbook',
      rule: 'content-folder',
    });
    return files;
  }
  if (!stat.isDirectory()) {
    problem(contentDir, {
      message: `the content folder is not a folder (found: ${stat.isSymbolicLink() ? 'a symbolic link' : 'a file'} at ${shown}; expected: a folder)`,
      hint: 'point PLAYBOOK_CONTENT at the folder that holds guides/, systems/ and the other collections',
      rule: 'content-folder',
    });
    return files;
  }

  const readOther = (path: string) => {
    const read = readText(path, displayPath(root, path));
    if ('text' in read) files.otherText.push({ file: displayPath(root, path), text: read.text });
  };
  const symlink = (path: string) =>
    problem(path, {
      message: 'symbolic links are not allowed in the content folder (found: a link; expected: a file or a folder)',
      hint: 'copy the file in instead: a link could publish any file of the machine that builds the site',
      rule: 'symlink',
    });
  const known = [...Object.values(registry).map((spec) => spec.folder), 'models', 'site.yaml'];

  for (const dirent of entries(contentDir)) {
    const path = join(contentDir, dirent.name);
    if (dirent.isSymbolicLink()) symlink(path);
    else if (dirent.name.startsWith('.')) continue;
    else if (ignoredName(dirent.name)) {
      if (dirent.isFile()) readOther(path);
    } else if (dirent.name === 'site.yaml' && dirent.isFile()) readOther(path);
    else if (dirent.name === 'models' && dirent.isDirectory()) readModelsFolder(path);
    else {
      const collection = collectionOfFolder(registry, dirent.name);
      if (collection && dirent.isDirectory()) readCollection(collection, path);
      else {
        const hint = closeHint(dirent.name, known);
        problem(path, {
          message: `unknown ${dirent.isDirectory() ? 'folder' : 'file'} in the content folder (found: "${dirent.name}"; expected one of: ${known.join(', ')})`,
          hint: hint
            ? `rename it: ${hint}`
            : 'move it out of the content folder, or start its name with _ to keep it unpublished',
          rule: 'unknown-file',
        });
      }
    }
  }
  return files;

  function readModelsFolder(folder: string) {
    for (const dirent of entries(folder)) {
      const path = join(folder, dirent.name);
      if (dirent.isSymbolicLink()) symlink(path);
      else if (ignoredName(dirent.name)) continue;
      else if (dirent.isFile() && modelFiles.includes(dirent.name)) readOther(path);
      else {
        const hint = closeHint(dirent.name, modelFiles);
        problem(path, {
          message: `unknown model file (found: "${dirent.name}"; expected one of: ${modelFiles.join(', ')})`,
          hint: hint ? `rename it: ${hint}` : 'remove it, or start its name with _ to keep it as a note',
          rule: 'unknown-file',
        });
      }
    }
  }

  function readCollection(collection: string, folder: string) {
    const spec = registry[collection]!;
    for (const dirent of entries(folder)) {
      const path = join(folder, dirent.name);
      if (dirent.isSymbolicLink()) {
        symlink(path);
        continue;
      }
      if (ignoredName(dirent.name)) {
        if (dirent.isFile()) readOther(path);
        continue;
      }
      if (dirent.isDirectory()) {
        const inside = filesUnder(path);
        for (const nested of inside.length ? inside : [path]) {
          const name = nested === path ? '' : nested.slice(nested.lastIndexOf(sep) + 1);
          problem(nested, {
            message: `entries live directly in ${spec.folder}/, not in folders inside it (found: ${displayPath(contentDir, nested)})`,
            hint: name ? `move it to ${spec.folder}/${name}` : `remove the folder ${spec.folder}/${dirent.name}/`,
            rule: 'nested-folder',
          });
        }
        continue;
      }
      const extension = extname(dirent.name).toLowerCase();
      if (imageExtensions.has(extension)) {
        if (extension === '.svg') {
          readOther(path);
          const svg = files.otherText.at(-1);
          if (svg?.file === displayPath(root, path) && scriptInMarkup.test(svg.text)) {
            problem(path, { ...scriptInMarkupProblem(extension), rule: 'svg-script' });
          }
        }
        continue;
      }
      if (extension !== spec.extension) {
        problem(path, {
          message: `the ${spec.folder}/ folder holds ${spec.extension} files (found: "${extname(dirent.name) || 'no extension'}"; expected: "${spec.extension}", or an image next to the entry that shows it)`,
          hint: `rename it to ${dirent.name.slice(0, dirent.name.length - extname(dirent.name).length)}${spec.extension}, or move it out of ${spec.folder}/`,
          rule: 'file-type',
        });
        continue;
      }
      const id = dirent.name.slice(0, -spec.extension.length);
      if (!entryId.safeParse(id).success) {
        const suggestion = id
          .toLowerCase()
          .replace(/[^a-z0-9]+/g, '-')
          .replace(/^-|-$/g, '');
        problem(path, {
          message: `file name "${dirent.name}" does not make a valid id (expected: lower-case words joined by hyphens)`,
          hint: `rename it to ${suggestion}${spec.extension}`,
          rule: 'file-name',
        });
        continue;
      }
      // Synchronous: a thousand small files read one after another are read faster without a promise each.
      const read = readText(path, displayPath(root, path));
      if ('problem' in read) files.problems.push(read.problem);
      else files.entries.push(parseEntry(collection, id, displayPath(root, path), read.text, spec.extension));
    }
  }
}

/** Parses one entry's text: YAML files whole, MDX files by their frontmatter. */
export function parseEntry(
  collection: string,
  id: string,
  file: string,
  text: string,
  extension: '.mdx' | '.yaml' = defaultRegistry[collection]?.extension ?? '.mdx',
): SourceEntry {
  if (extension === '.yaml') {
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
