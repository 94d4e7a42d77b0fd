// `npm run schemas`: writes the editor files generated from the content contract: schemas/<kind>.schema.json,
// the JSON Schemas editors validate and complete handbook files with (from the zod schemas and their doc
// comments), and .vscode/playbook.code-snippets. The files are committed (a team's handbook uses the schemas
// from the installed package, and `playbook init` copies .vscode/); a unit test fails when they are stale.
import { mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { format, resolveConfig } from 'prettier';
import { editorSnippets } from '../src/lib/editor-snippets.ts';
import { schemaDocs } from '../src/lib/field-docs.ts';
import { editorFileKinds, jsonSchemas } from '../src/lib/json-schemas.ts';

/** The repository root. */
export const repositoryRoot = join(import.meta.dirname, '..');

/** Where the generated schemas are committed, relative to the repository root. */
export const schemasFolder = 'schemas';

/** A generated file: its path relative to the repository root, and its text. */
export interface GeneratedFile {
  path: string;
  text: string;
}

/** JSON as Prettier formats a file of that name (JSON with comments for snippets), so `npm run lint` accepts it. */
async function prettyJson(value: unknown, path: string): Promise<string> {
  const absolute = join(repositoryRoot, path);
  const options = { ...(await resolveConfig(absolute)), filepath: absolute };
  return format(JSON.stringify(value, null, 2), options);
}

/** Every generated editor file with its text. */
export async function generatedEditorFiles(): Promise<GeneratedFile[]> {
  const modulesDir = join(repositoryRoot, 'src/lib/schemas');
  const modules = readdirSync(modulesDir)
    .filter((name) => name.endsWith('.ts'))
    .map((name) => join(modulesDir, name));
  const kinds = editorFileKinds();
  const docs = await schemaDocs(modules);
  const undocumented = kinds.filter((kind) => !docs.get(kind.schema)?.fields).map((kind) => kind.name);
  if (undocumented.length) {
    throw new Error(
      `No doc comments were read for ${undocumented.join(', ')}: export its schema from a module in src/lib/schemas/`,
    );
  }
  const schemas = jsonSchemas(kinds, docs);
  const files = schemas.map(({ fileName, schema }) => ({ path: `${schemasFolder}/${fileName}`, value: schema as unknown }));
  files.push({ path: '.vscode/playbook.code-snippets', value: editorSnippets() });
  return Promise.all(files.map(async ({ path, value }) => ({ path, text: await prettyJson(value, path) })));
}

if (import.meta.main) {
  const files = await generatedEditorFiles();
  const dir = join(repositoryRoot, schemasFolder);
  mkdirSync(dir, { recursive: true });
  // A schema whose kind is gone must not linger for editors to find.
  const generated = new Set(files.map((file) => file.path));
  for (const name of readdirSync(dir)) {
    if (name.endsWith('.schema.json') && !generated.has(`${schemasFolder}/${name}`)) rmSync(join(dir, name));
  }
  let changed = 0;
  for (const { path, text } of files) {
    const absolute = join(repositoryRoot, path);
    let current: string | undefined;
    try {
      current = readFileSync(absolute, 'utf8');
    } catch {
      current = undefined;
    }
    if (current === text) continue;
    writeFileSync(absolute, text);
    changed++;
  }
  console.log(`npm run schemas: ${files.length} files, ${changed} changed.`);
}
