// Editor support: JSON Schemas of the files authors write, generated from the zod schemas that `check`
// validates with, and the files that hand them to VS Code (the YAML extension and Astro's extension).
import { pathToFileURL } from 'node:url';
import { z } from 'zod';
import { defaultRegistry, type Registry } from './content/collections.ts';
import type { FieldDoc } from './field-docs.ts';
import { modelSpecs } from './models.ts';
import { siteSchema } from './schemas/site.ts';

/** A JSON Schema document or subschema. */
export type JsonSchema = z.core.JSONSchema.BaseSchema;

/** One kind of file an author writes, as an editor sees it. */
export interface EditorFileKind {
  /** Names its schema file, `<name>.schema.json`; for frontmatter, also the collection in Astro's manifest. */
  name: string;
  /** Its files, as a glob relative to the content folder. */
  files: string;
  /** `yaml` for a YAML file, `frontmatter` for the YAML frontmatter of an MDX file. */
  format: 'yaml' | 'frontmatter';
  /** The schema `check` validates these files with. */
  schema: z.ZodType;
}

/** A generated JSON Schema and the name of its file. */
export interface JsonSchemaFile {
  /** `<kind name>.schema.json`. */
  fileName: string;
  schema: JsonSchema;
}

/** The content folder's files that are not entries: site settings and the models (`modelSpecs`). */
const settingsFiles: readonly EditorFileKind[] = [
  { name: 'site', files: 'site.yaml', format: 'yaml', schema: siteSchema },
  ...Object.entries(modelSpecs).map(
    ([name, { schema }]): EditorFileKind => ({ name: `${name}-model`, files: `models/${name}.yaml`, format: 'yaml', schema }),
  ),
];

/** Every kind of file an author writes: one per collection of the registry (named after its folder), then site.yaml and the models. */
export function editorFileKinds(registry: Registry = defaultRegistry): EditorFileKind[] {
  const entries = Object.values(registry).map(({ folder, extension, schema }): EditorFileKind => ({
    name: folder,
    files: `${folder}/*${extension}`,
    format: extension === '.mdx' ? 'frontmatter' : 'yaml',
    schema,
  }));
  return [...entries, ...settingsFiles];
}

/** Marks the JSON Schema of a zod type that no YAML value can be, so the branch can be dropped. */
const never: JsonSchema = { not: {} };

/**
 * What becomes of a zod type without a JSON Schema equivalent. A date field also accepts a Date object, for
 * YAML parsers that make one; an editor reads YAML 1.2, where `2026-01-31` is a string, so that branch can
 * never match there and is dropped. Anything else fails the generation (`throw`) rather than silently
 * becoming "any value", or allows any value (`any`: for a team's schemas, which must not stop a build).
 */
const unrepresentable =
  (otherwise: 'throw' | 'any'): z.core.UnrepresentableHandler =>
  ({ zodSchema, message }) => {
    if (zodSchema._zod.def.type === 'date') return never;
    if (otherwise === 'any') return 'any';
    throw new Error(`${message}; give it a JSON Schema equivalent in src/lib/json-schemas.ts`);
  };

/** Removes `anyOf` branches no YAML value can match, inlining a lone survivor. */
function withoutImpossibleBranches(schema: JsonSchema): JsonSchema {
  const walk = (value: unknown): unknown =>
    Array.isArray(value)
      ? value.map(walk)
      : typeof value === 'object' && value !== null
        ? withoutImpossibleBranches(value as JsonSchema)
        : value;
  const walked: JsonSchema = Object.fromEntries(Object.entries(schema).map(([keyword, value]) => [keyword, walk(value)]));
  if (!Array.isArray(walked.anyOf)) return walked;
  const possible = walked.anyOf.filter((branch) => JSON.stringify(branch) !== JSON.stringify(never));
  const { anyOf, ...rest } = walked;
  return possible.length === 1 ? { ...rest, ...possible[0] } : { ...rest, anyOf: possible };
}

/** The subschemas that describe an object's fields: the schema itself, or what its arrays, records and unions hold. */
function objectsWithin(schema: JsonSchema): JsonSchema[] {
  if (schema.properties) return [schema];
  const inner = [
    ...(typeof schema.items === 'object' && !Array.isArray(schema.items) ? [schema.items] : []),
    ...(typeof schema.additionalProperties === 'object' ? [schema.additionalProperties] : []),
    ...[schema.anyOf, schema.oneOf, schema.allOf].flatMap((branches) => branches ?? []),
  ];
  return inner.flatMap(objectsWithin);
}

/** Puts each field's doc comment on its property, description first so hovers and diffs read well. */
function describeFields(schema: JsonSchema, fields: Readonly<Record<string, FieldDoc>>, path: string): void {
  const objects = objectsWithin(schema);
  if (objects.length === 0) throw new Error(`${path || 'the schema'} has documented fields but is no object in the JSON Schema`);
  for (const object of objects) {
    const properties = object.properties ?? {};
    for (const [name, doc] of Object.entries(fields)) {
      const property = properties[name];
      if (typeof property !== 'object') throw new Error(`${path}${name} is documented but not in the JSON Schema`);
      if (doc.description) properties[name] = { description: doc.description, ...property };
      if (doc.fields) describeFields(properties[name] as JsonSchema, doc.fields, `${path}${name}.`);
    }
  }
}

/**
 * The JSON Schema of each kind of file, as authors write it: the input of its zod schema (fields with a
 * default are optional and show it), enums, patterns and bounds, no unknown fields, each field described
 * by its doc comment (`docs`, from `schemaDocs`; a schema without them, such as a team's collection, keeps
 * the descriptions zod has from `.describe()`). Rules the zod
 * schemas check in code (references, sums, an XL guide's breakdown) stay with `check`. A zod type with no
 * JSON Schema equivalent throws, or allows any value with `otherwise: 'any'`.
 */
export function jsonSchemas(
  kinds: readonly EditorFileKind[],
  docs: ReadonlyMap<z.ZodType, FieldDoc> = new Map(),
  { otherwise = 'throw' }: { otherwise?: 'throw' | 'any' } = {},
): JsonSchemaFile[] {
  return kinds.map((kind) => {
    const doc = docs.get(kind.schema) ?? {};
    const options = { io: 'input', unrepresentable: unrepresentable(otherwise) } as const;
    const generated = withoutImpossibleBranches(z.toJSONSchema(kind.schema, options));
    if (doc.fields) describeFields(generated, doc.fields, '');
    const schema: JsonSchema = {
      // Key order: the dialect, what the file is, then the generated keywords.
      ...(generated.$schema ? { $schema: generated.$schema } : {}),
      ...(doc.description ? { description: doc.description } : {}),
      ...generated,
      // No `$schema` field in entries: check refuses unknown fields, and the editor links schemas by settings.
    };
    return { fileName: `${kind.name}.schema.json`, schema };
  });
}

/** Where a team's handbook repository finds the schemas: in the installed package. */
export const installedSchemasPath = './node_modules/integration-playbooks/schemas/';

/** Where this repository keeps them. */
const repositorySchemasPath = './schemas/';

/**
 * This repository's `.vscode/settings.json` (parsed) as a team's handbook repository needs it: every
 * `yaml.schemas` entry that points into ./schemas/ points into the installed package instead. For
 * `playbook init`; other settings are kept as they are.
 */
export function handbookRepositorySettings(
  settings: Readonly<Record<string, unknown>>,
  schemasPath: string = installedSchemasPath,
): Record<string, unknown> {
  const yamlSchemas = settings['yaml.schemas'];
  if (typeof yamlSchemas !== 'object' || yamlSchemas === null) return { ...settings };
  const moved = Object.entries(yamlSchemas).map(([path, files]) => [
    path.startsWith(repositorySchemasPath) ? schemasPath + path.slice(repositorySchemasPath.length) : path,
    files,
  ]);
  return { ...settings, 'yaml.schemas': Object.fromEntries(moved) };
}

/** An entry whose frontmatter an editor should validate. */
export interface FrontmatterEntry {
  /** The collection's name in the registry, e.g. "guides". */
  collection: string;
  /** Absolute path of the file. */
  absolutePath: string;
}

/** A file to write in `.astro/collections/` of the project root. */
export interface AstroCollectionsFile {
  /** File name inside `.astro/collections/`. */
  fileName: string;
  text: string;
}

/**
 * How Astro's language server names a file in `.astro/collections/collections.json`: its `file://`
 * address, percent-decoded and lower-cased, as it looks each open file up (Astro writes the address
 * lower-cased but still encoded, which is the same unless the path holds a space or the like).
 */
export function astroManifestKey(absolutePath: string): string {
  return decodeURIComponent(pathToFileURL(absolutePath).href).toLowerCase();
}

/**
 * The files Astro writes to `.astro/collections/` for its content collections with
 * `experimental.contentIntellisense`, for our MDX collections: `collections.json` (each collection,
 * and which collection each entry file belongs to) and `<collection>.schema.json` for each, named after
 * its folder. With `"astro.content-intellisense": true`, the Astro VS Code extension then validates and
 * completes the frontmatter of every listed file. `schemas` are those `jsonSchemas` makes (the files
 * in the package's schemas/ folder, and those of a team's collections); the text is formatted as Astro
 * formats it.
 */
export function astroCollectionsManifest(
  entries: readonly FrontmatterEntry[],
  schemas: readonly JsonSchemaFile[],
  registry: Registry = defaultRegistry,
): AstroCollectionsFile[] {
  const folders = new Map(
    Object.entries(registry).flatMap(([name, spec]) => (spec.extension === '.mdx' ? [[name, spec.folder] as const] : [])),
  );
  const names = [...folders.values()].sort();
  const schemaFiles = names.map((name) => {
    const file = schemas.find((schema) => schema.fileName === `${name}.schema.json`);
    if (!file) throw new Error(`No JSON Schema for the ${name} collection (expected ${name}.schema.json); run npm run schemas`);
    return { fileName: file.fileName, text: JSON.stringify(file.schema, null, 2) };
  });
  const listed = entries
    .flatMap((entry) => {
      const folder = folders.get(entry.collection);
      return folder ? [[astroManifestKey(entry.absolutePath), folder] as const] : [];
    })
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  const manifest = {
    collections: names.map((name) => ({ hasSchema: true, name })),
    entries: Object.fromEntries(listed),
  };
  return [{ fileName: 'collections.json', text: JSON.stringify(manifest, null, 2) }, ...schemaFiles];
}
