// Editor support: the JSON Schemas generated from the zod schemas, the files that hand them to VS Code, and
// the snippets. Validity is checked with Ajv (a JSON Schema validator) and with yaml-language-server, the
// engine that both the YAML extension and Astro's extension run on frontmatter.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { Ajv2020 } from 'ajv/dist/2020.js';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { URI } from 'vscode-uri';
import { parse } from 'yaml';
import { getLanguageService } from 'yaml-language-server';
import { beforeAll, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { generatedEditorFiles, repositoryRoot } from '../../scripts/schemas.ts';
import { builtInCollections, makeRegistry } from '../../src/lib/content/collections.ts';
import { formatProblem } from '../../src/lib/content/problems.ts';
import { parseEntry } from '../../src/lib/content/read.ts';
import { checkSources } from '../../src/lib/content/validate.ts';
import { writeAstroCollections } from '../../src/lib/editor-files.ts';
import { editorSnippets } from '../../src/lib/editor-snippets.ts';
import { readFieldDocs, schemaDocs, type FieldDoc } from '../../src/lib/field-docs.ts';
import {
  astroCollectionsManifest,
  astroManifestKey,
  editorFileKinds,
  handbookRepositorySettings,
  installedSchemasPath,
  jsonSchemas,
  type JsonSchema,
  type JsonSchemaFile,
} from '../../src/lib/json-schemas.ts';
import { antiPatternSeverities } from '../../src/lib/schemas/anti-pattern.ts';
import { flowTriggers, guideSections, guideSizes, guideStatuses, syncModes } from '../../src/lib/schemas/guide.ts';
import { securitySeverities } from '../../src/lib/schemas/security-note.ts';
import { systemApis, systemAuths, systemCategories } from '../../src/lib/schemas/system.ts';
import { tempDir } from '../helpers/project.ts';

const schemaModulesDir = join(repositoryRoot, 'src/lib/schemas');
const schemaModules = readdirSync(schemaModulesDir).map((name) => join(schemaModulesDir, name));

let docs: Map<z.ZodType, FieldDoc>;
let schemaFiles: JsonSchemaFile[];
beforeAll(async () => {
  docs = await schemaDocs(schemaModules);
  schemaFiles = jsonSchemas(editorFileKinds(), docs);
});

function schemaOf(name: string): JsonSchema {
  const file = schemaFiles.find((candidate) => candidate.fileName === `${name}.schema.json`);
  if (!file) throw new Error(`no ${name}.schema.json`);
  return file.schema;
}

/** A subschema by a path of keys, e.g. ['properties', 'size']. */
function at(schema: JsonSchema, ...path: string[]): JsonSchema {
  return path.reduce<JsonSchema>((node, key) => (node as Record<string, JsonSchema>)[key] as JsonSchema, schema);
}

/** Ajv as strict as it gets, with the two formats the schemas use and the editor-only keyword. */
function validator() {
  const ajv = new Ajv2020({ allErrors: true, strict: true });
  ajv.addKeyword('doNotSuggest');
  ajv.addFormat('date', /^\d{4}-\d{2}-\d{2}$/);
  ajv.addFormat('uri', { validate: (text: string) => URL.canParse(text) });
  return ajv;
}

describe('JSON Schemas of the files authors write', () => {
  it('makes one schema per kind of file: each collection, site.yaml and the two models', () => {
    expect(schemaFiles.map((file) => file.fileName)).toEqual([
      'guides.schema.json',
      'anti-patterns.schema.json',
      'security.schema.json',
      'systems.schema.json',
      'handbook.schema.json',
      'requests.schema.json',
      'site.schema.json',
      'estimate-model.schema.json',
      'scoring-model.schema.json',
      'monitoring-model.schema.json',
    ]);
    expect(editorFileKinds().map((kind) => [kind.files, kind.format])).toEqual([
      ['guides/*.mdx', 'frontmatter'],
      ['anti-patterns/*.mdx', 'frontmatter'],
      ['security/*.mdx', 'frontmatter'],
      ['systems/*.yaml', 'yaml'],
      ['handbook/*.mdx', 'frontmatter'],
      ['requests/*.yaml', 'yaml'],
      ['site.yaml', 'yaml'],
      ['models/estimate.yaml', 'yaml'],
      ['models/scoring.yaml', 'yaml'],
      ['models/monitoring.yaml', 'yaml'],
    ]);
  });

  const guide = `title: Invoices to the ledger
summary: Moves invoices from billing to the ledger.
size: M
systems: [zuora, netsuite]
owner: Finance Systems
lastReviewed: 2026-06-01
`;

  // [kind, a valid file, an invalid one, the JSON Schema keyword that rejects it]
  it.each([
    ['guides', guide, guide.replace('size: M', 'size: XXL'), 'enum'],
    [
      'guides',
      `${guide}dataFlow:\n  - { from: zuora, to: netsuite, objects: [Invoice] }\n`,
      `${guide}dataFlow:\n  - { from: zuora, to: netsuite }\n`,
      'required',
    ],
    [
      'guides',
      `${guide}effort:\n  building: { low: 10, high: 20 }\n`,
      `${guide}effort:\n  building: { low: -1, high: 20 }\n`,
      'minimum',
    ],
    ['guides', guide, guide.replace('2026-06-01', '2026-02-30'), 'pattern'],
    [
      'anti-patterns',
      'title: P2P\nsummary: Spaghetti.\nseverity: high\n',
      'title: P2P\nsummary: Spaghetti.\nseverity: high\ntag: [x]\n',
      'additionalProperties',
    ],
    [
      'security',
      'title: Least privilege\nsummary: Narrow scopes.\nseverity: critical\n',
      'title: Least privilege\nsummary: Narrow scopes.\nseverity: urgent\n',
      'enum',
    ],
    [
      'systems',
      'name: NetSuite\ncategory: erp\napi: [rest]\nauth: [oauth2]\n',
      'name: NetSuite\ncategory: erp\napi: []\nauth: [oauth2]\n',
      'minItems',
    ],
    ['handbook', 'title: Roles\nsummary: Who does what.\norder: 10\n', 'title: Roles\norder: 10\n', 'required'],
    ['site', 'title: Acme\nbase: /playbook/\n', 'title: Acme\nbase: playbook\n', 'pattern'],
    ['site', '{}', `title: ''\n`, 'minLength'],
    [
      'estimate-model',
      'currency: EUR\nhourlyRate: 100\nphases: [{ id: building, name: Building, low: 1, high: 2 }]\nsizeFactors: { S: 0.5, M: 1, L: 2 }\n',
      'currency: EUR\nhourlyRate: 100\nphases: [{ id: building, name: Building, low: 1, high: 2 }]\nsizeFactors: { S: 0.5, M: 1, L: 2 }\ncontingencyPercent: 150\n',
      'maximum',
    ],
    [
      'scoring-model',
      'weights: { impact: 40, complexity: 30, cost: 20, risk: 10 }\n',
      'weights: { impact: 40, complexity: 30, cost: 20, risk: 10, fun: 0 }\n',
      'additionalProperties',
    ],
  ])('%s: accepts what check accepts and rejects what it rejects (%#)', (name, valid, invalid, keyword) => {
    const kind = editorFileKinds().find((candidate) => candidate.name === name)!;
    const validate = validator().compile(schemaOf(name));
    const [good, bad] = [parse(valid), parse(invalid)];
    expect(kind.schema.safeParse(good).success, 'the valid sample passes the zod schema').toBe(true);
    expect(validate(good), JSON.stringify(validate.errors)).toBe(true);
    expect(kind.schema.safeParse(bad).success, 'the invalid sample fails the zod schema').toBe(false);
    expect(validate(bad)).toBe(false);
    expect(validate.errors?.map((error) => error.keyword)).toContain(keyword);
  });

  it('leaves fields with a default optional and shows the default', () => {
    const schema = schemaOf('guides');
    expect(schema.required).toEqual(['title', 'summary', 'size', 'systems', 'owner', 'lastReviewed']);
    expect(at(schema, 'properties', 'status').default).toBe('active');
    expect(at(schema, 'properties', 'reviewEveryMonths')).toMatchObject({ default: 6, type: 'integer', minimum: 1, maximum: 36 });
    expect(schemaOf('site').required).toBeUndefined();
  });

  it('describes a date as a YYYY-MM-DD string, as YAML 1.2 editors read it', () => {
    expect(at(schemaOf('guides'), 'properties', 'lastReviewed')).toMatchObject({ type: 'string', format: 'date' });
    expect(at(schemaOf('guides'), 'properties', 'lastReviewed').anyOf).toBeUndefined();
  });

  it('refuses unknown fields at every level, $schema included (check refuses it too)', () => {
    const guides = schemaOf('guides');
    expect(guides.additionalProperties).toBe(false);
    expect(at(guides, 'properties', 'dataFlow', 'items').additionalProperties).toBe(false);
    expect(at(guides, 'properties', 'score').additionalProperties).toBe(false);
    expect(at(schemaOf('estimate-model'), 'properties', 'sizeFactors').additionalProperties).toBe(false);
    for (const { schema } of schemaFiles) expect(at(schema, 'properties', '$schema')).toBeUndefined();
  });

  it.each([
    [['guides', 'properties', 'size'], guideSizes],
    [['guides', 'properties', 'status'], guideStatuses],
    [['guides', 'properties', 'dataFlow', 'items', 'properties', 'trigger'], flowTriggers],
    [['guides', 'properties', 'dataFlow', 'items', 'properties', 'sync'], syncModes],
    [['anti-patterns', 'properties', 'severity'], antiPatternSeverities],
    [['security', 'properties', 'severity'], securitySeverities],
    [['systems', 'properties', 'category'], systemCategories],
    [['systems', 'properties', 'api', 'items'], systemApis],
    [['systems', 'properties', 'auth', 'items'], systemAuths],
  ])('offers the words of the zod enum at %j', ([name, ...path], words) => {
    expect(at(schemaOf(name!), ...path).enum).toEqual([...words]);
  });

  it('fails on a zod type that has no JSON Schema equivalent, instead of allowing any value', () => {
    const schema = z.strictObject({ size: z.bigint() });
    const kind = { name: 'odd', files: 'odd.yaml', format: 'yaml' as const, schema };
    expect(() => jsonSchemas([kind], new Map([[schema, { fields: { size: {} } }]]))).toThrow(/BigInt cannot be represented/);
  });

  it('fails when the doc comments name a field the JSON Schema lacks', () => {
    const schema = z.strictObject({ size: z.string() });
    const kind = { name: 'odd', files: 'odd.yaml', format: 'yaml' as const, schema };
    expect(() => jsonSchemas([kind], new Map([[schema, { fields: { sizes: { description: 'x' } } }]]))).toThrow(
      'sizes is documented but not in the JSON Schema',
    );
  });

  it('keeps the .describe() texts of a schema whose doc comments were not read, such as a team’s collection', () => {
    const schema = z.strictObject({ title: z.string().describe('Name of the runbook.'), steps: z.array(z.string()).default([]) });
    const [file] = jsonSchemas([{ name: 'runbooks', files: 'runbooks/*.mdx', format: 'frontmatter', schema }]);
    expect(file).toEqual({
      fileName: 'runbooks.schema.json',
      schema: {
        $schema: 'https://json-schema.org/draft/2020-12/schema',
        type: 'object',
        properties: {
          title: { type: 'string', description: 'Name of the runbook.' },
          steps: { default: [], type: 'array', items: { type: 'string' } },
        },
        required: ['title'],
        additionalProperties: false,
      },
    });
  });
});

describe('descriptions from the doc comments', () => {
  it('reads each field’s doc comment, through arrays, records, method chains and imported consts', async () => {
    const dir = await tempDir('field-docs-');
    await writeFile(
      join(dir, 'point.ts'),
      `import { z } from 'zod';
/** A point. */
export const pointSchema = z.strictObject({
  /** Across. */
  x: z.number(),
  y: z.number(),
});
`,
    );
    await writeFile(
      join(dir, 'shape.ts'),
      `import { z } from 'zod';
import { pointSchema } from './point.ts';
const name = z.string().min(1);
/** A shape. */
export const shapeSchema = z
  .strictObject({
    /** What it is called,
     *  on two lines. */
    name,
    /** Its corners. */
    corners: z.array(pointSchema).min(3).optional(),
    /** Named points. */
    labels: z.record(z.string(), pointSchema.refine(() => true)).default({}),
  })
  .superRefine(() => {});
export const notAnObject = name;
`,
    );
    const point = { description: 'A point.', fields: { x: { description: 'Across.' }, y: {} } };
    expect(Object.fromEntries(readFieldDocs([join(dir, 'shape.ts'), join(dir, 'point.ts')]))).toEqual({
      [`${join(dir, 'shape.ts')}#shapeSchema`]: {
        description: 'A shape.',
        fields: {
          name: { description: 'What it is called, on two lines.' },
          corners: { description: 'Its corners.', fields: point.fields },
          labels: { description: 'Named points.', fields: point.fields },
        },
      },
      [`${join(dir, 'point.ts')}#pointSchema`]: point,
    });
  });

  it('describes every field with the words of its doc comment, and invents none', () => {
    const comments = schemaModules.map((file) => readFileSync(file, 'utf8')).join('\n');
    const undescribed: string[] = [];
    const visit = (schema: JsonSchema, path: string) => {
      for (const [name, property] of Object.entries(schema.properties ?? {})) {
        if (typeof property !== 'object' || name === '$schema') continue;
        if (property.description) expect(comments).toContain(`/** ${property.description} */`);
        else undescribed.push(`${path}${name}`);
        for (const inner of [property, property.items, property.additionalProperties]) {
          if (typeof inner === 'object' && !Array.isArray(inner) && inner.properties) visit(inner, `${path}${name}.`);
        }
      }
    };
    for (const { fileName, schema } of schemaFiles) {
      expect(schema.description, fileName).toBeTruthy();
      visit(schema, `${fileName.replace('.schema.json', '')}: `);
    }
    // Nested fields whose doc comment is on the object that holds them.
    expect(undescribed).toEqual([
      'guides: effort.low',
      'guides: effort.high',
      'estimate-model: sizeFactors.S',
      'estimate-model: sizeFactors.M',
      'estimate-model: sizeFactors.L',
    ]);
  });

  it('puts the doc comment on the property, where an editor shows it on hover', () => {
    expect(at(schemaOf('guides'), 'properties', 'dataFlow', 'items', 'properties', 'from').description).toBe(
      docs.get(builtInCollections.guides.schema)?.fields?.['dataFlow']?.fields?.['from']?.description,
    );
    expect(schemaOf('guides').description).toBe(docs.get(builtInCollections.guides.schema)?.description);
  });
});

describe('as the editors use them (yaml-language-server, inside both VS Code extensions)', () => {
  /** The YAML language service configured as an extension configures it: one schema for the files matching a pattern. */
  function yamlService(name: string, fileMatch: string) {
    const service = getLanguageService({
      schemaRequestService: (uri) => Promise.reject(new Error(`the test fetches no schema (${uri})`)),
      workspaceContext: { resolveRelativePath: (path) => path },
    });
    const uri = `file:///repo/.astro/collections/${name}.schema.json`;
    service.configure({
      validate: true,
      hover: true,
      completion: true,
      yamlVersion: '1.2',
      schemas: [{ uri, fileMatch: [fileMatch], schema: schemaOf(name) }],
    });
    return service;
  }

  it('reports a typo and a bad value in site.yaml, and shows the doc comment on hover', async () => {
    const service = yamlService('site', 'content/site.yaml');
    const document = TextDocument.create('file:///repo/content/site.yaml', 'yaml', 1, 'title: Acme\ntheme: dark\nbase: docs\n');
    const messages = (await service.doValidation(document, false)).map(
      (diagnostic) => `${diagnostic.range.start.line + 1}: ${diagnostic.message}`,
    );
    expect(messages.sort()).toEqual([
      '2: Property theme is not allowed.',
      '3: String does not match the pattern of "^\\/(?:[A-Za-z0-9._~-]+\\/)*$".',
    ]);
    const hover = await service.doHover(document, { line: 0, character: 2 });
    expect(JSON.stringify(hover?.contents)).toContain('Name shown in the header and page titles.');
  });

  it('completes and checks a guide’s frontmatter as the Astro extension associates it', async () => {
    // The association Astro's language server makes for a collection (plugins/yaml.js), and the address Volar
    // gives the frontmatter it embeds (encodeEmbeddedDocumentUri in @volar/language-service).
    const service = yamlService('guides', 'volar-embedded-content://yaml_frontmatter_guides/**/*.mdx');
    const uri = URI.from({
      scheme: 'volar-embedded-content',
      authority: encodeURIComponent('yaml_frontmatter_guides'),
      path: `/${encodeURIComponent(URI.file('/repo/content/guides/a.mdx').toString())}`,
    }).toString();
    const frontmatter = 'title: A\nsummary: B\nsize: XXL\nsystems: [a]\nowner: C\n';
    const messages = (await service.doValidation(TextDocument.create(uri, 'yaml', 1, frontmatter), false)).map((d) => d.message);
    expect(messages).toEqual(
      expect.arrayContaining(['Missing property "lastReviewed".', 'Value is not accepted. Valid values: "S", "M", "L", "XL".']),
    );
    const completion = await service.doComplete(
      TextDocument.create(uri, 'yaml', 1, `${frontmatter}sta`),
      { line: 5, character: 3 },
      false,
    );
    expect(completion.items.map((item) => item.label)).toContain('status');
  });
});

describe('VS Code settings', () => {
  const settings = JSON.parse(readFileSync(join(repositoryRoot, '.vscode/settings.json'), 'utf8'));

  it('maps every YAML file of the handbook to its schema, and turns on Astro’s frontmatter support', () => {
    const expected = Object.fromEntries(
      editorFileKinds()
        .filter((kind) => kind.format === 'yaml')
        .map((kind) => [`./schemas/${kind.name}.schema.json`, [`content/${kind.files}`]]),
    );
    expect(settings['yaml.schemas']).toEqual(expected);
    for (const path of Object.keys(expected)) expect(existsSync(join(repositoryRoot, path)), path).toBe(true);
    expect(settings['astro.content-intellisense']).toBe(true);
  });

  it('points a team’s repository at the schemas in the installed package, and keeps everything else', () => {
    const original = structuredClone(settings);
    const team = handbookRepositorySettings({
      ...settings,
      'yaml.schemas': { ...settings['yaml.schemas'], './other.json': ['x.yaml'] },
    });
    expect(Object.keys(team['yaml.schemas'] as object)).toEqual([
      './node_modules/integration-playbooks/schemas/systems.schema.json',
      './node_modules/integration-playbooks/schemas/requests.schema.json',
      './node_modules/integration-playbooks/schemas/site.schema.json',
      './node_modules/integration-playbooks/schemas/estimate-model.schema.json',
      './node_modules/integration-playbooks/schemas/scoring-model.schema.json',
      './node_modules/integration-playbooks/schemas/monitoring-model.schema.json',
      './other.json',
    ]);
    expect(Object.values(team['yaml.schemas'] as object)).toEqual([...Object.values(settings['yaml.schemas']), ['x.yaml']]);
    expect(team['astro.content-intellisense']).toBe(true);
    expect(settings).toEqual(original);
    expect(installedSchemasPath).toBe('./node_modules/integration-playbooks/schemas/');
    expect(handbookRepositorySettings(team)).toEqual(team);
    expect(handbookRepositorySettings({ 'editor.tabSize': 2 })).toEqual({ 'editor.tabSize': 2 });
  });

  it('recommends the YAML, Astro and MDX extensions', () => {
    const { recommendations } = JSON.parse(readFileSync(join(repositoryRoot, '.vscode/extensions.json'), 'utf8'));
    expect(recommendations).toEqual(['redhat.vscode-yaml', 'astro-build.astro-vscode', 'unifiedjs.vscode-mdx']);
  });
});

describe('Astro’s collection manifest', () => {
  const entries = [
    { collection: 'guides' as const, absolutePath: '/work/My Handbook/content/guides/Salesforce-to-NetSuite.mdx' },
    { collection: 'antiPatterns' as const, absolutePath: '/repo/content/anti-patterns/p2p.mdx' },
    { collection: 'systems' as const, absolutePath: '/repo/content/systems/netsuite.yaml' },
  ];

  it('lists each MDX collection with its schema and each entry file, as Astro writes it', () => {
    const files = astroCollectionsManifest(entries, schemaFiles);
    expect(files.map((file) => file.fileName)).toEqual([
      'collections.json',
      'anti-patterns.schema.json',
      'guides.schema.json',
      'handbook.schema.json',
      'security.schema.json',
    ]);
    expect(files[0]!.text).toBe(`{
  "collections": [
    {
      "hasSchema": true,
      "name": "anti-patterns"
    },
    {
      "hasSchema": true,
      "name": "guides"
    },
    {
      "hasSchema": true,
      "name": "handbook"
    },
    {
      "hasSchema": true,
      "name": "security"
    }
  ],
  "entries": {
    "file:///repo/content/anti-patterns/p2p.mdx": "anti-patterns",
    "file:///work/my handbook/content/guides/salesforce-to-netsuite.mdx": "guides"
  }
}`);
    expect(files.find((file) => file.fileName === 'guides.schema.json')?.text).toBe(JSON.stringify(schemaOf('guides'), null, 2));
  });

  it('names a file as the language server looks it up, which is how Astro names it when the path has no space', () => {
    for (const path of ['/repo/content/guides/a.mdx', '/work/My Handbook/content/guides/Ä b#1.mdx']) {
      // What the language server computes for an open file (core/frontmatterHolders.js).
      expect(astroManifestKey(path)).toBe(decodeURIComponent(URI.file(path).toString()).toLowerCase());
    }
    // What Astro writes (content/content-layer.js, regenerateCollectionFileManifest).
    const root = pathToFileURL('/repo/');
    expect(astroManifestKey('/repo/content/guides/Zuora-Invoices.mdx')).toBe(
      new URL('content/guides/Zuora-Invoices.mdx', root).href.toLowerCase(),
    );
  });

  it('fails when a collection has no schema', () => {
    expect(() =>
      astroCollectionsManifest(
        entries,
        schemaFiles.filter((file) => file.fileName !== 'handbook.schema.json'),
      ),
    ).toThrow('No JSON Schema for the handbook collection (expected handbook.schema.json); run npm run schemas');
  });

  it('is written to .astro/collections/ for every MDX file of the content folder, and only when it changed', async () => {
    const root = await tempDir('astro-collections-');
    const contentDir = join(root, 'content');
    await mkdir(join(contentDir, 'guides'), { recursive: true });
    await mkdir(join(contentDir, 'systems'), { recursive: true });
    await writeFile(join(contentDir, 'guides/a.mdx'), '---\ntitle: not valid yet\n---\n');
    await writeFile(join(contentDir, 'guides/notes.txt'), '');
    await writeFile(join(contentDir, 'systems/netsuite.yaml'), '');
    expect(await writeAstroCollections({ root, contentDir })).toEqual([
      'collections.json',
      'anti-patterns.schema.json',
      'guides.schema.json',
      'handbook.schema.json',
      'security.schema.json',
    ]);
    const read = (name: string) => readFileSync(join(root, '.astro/collections', name), 'utf8');
    expect(JSON.parse(read('collections.json')).entries).toEqual({
      [astroManifestKey(join(contentDir, 'guides/a.mdx'))]: 'guides',
    });
    expect(read('guides.schema.json')).toBe(
      JSON.stringify(JSON.parse(readFileSync(join(repositoryRoot, 'schemas/guides.schema.json'), 'utf8')), null, 2),
    );
    expect(await writeAstroCollections({ root, contentDir })).toEqual([]);
    await writeFile(join(contentDir, 'guides/b.mdx'), '');
    expect(await writeAstroCollections({ root, contentDir })).toEqual(['collections.json']);
  });

  it('makes the schema of a collection a team added from its zod schema', async () => {
    const root = await tempDir('astro-collections-');
    const contentDir = join(root, 'content');
    await mkdir(join(contentDir, 'runbooks'), { recursive: true });
    await writeFile(join(contentDir, 'runbooks/restart.mdx'), '');
    // A type JSON Schema cannot express (a function) allows any value there instead of stopping the dev server.
    const schema = z.strictObject({ title: z.string().describe('Name of the runbook.'), onCall: z.function().optional() });
    const runbooks = {
      folder: 'runbooks',
      extension: '.mdx',
      kind: 'runbook',
      label: { one: 'Runbook', many: 'Runbooks' },
      description: 'Runbooks.',
      schema,
    } as const;
    expect(await writeAstroCollections({ root, contentDir }, makeRegistry({ runbooks }))).toContain('runbooks.schema.json');
    const manifest = JSON.parse(readFileSync(join(root, '.astro/collections/collections.json'), 'utf8'));
    expect(manifest.collections).toContainEqual({ hasSchema: true, name: 'runbooks' });
    expect(manifest.entries).toEqual({ [astroManifestKey(join(contentDir, 'runbooks/restart.mdx'))]: 'runbooks' });
    const written = JSON.parse(readFileSync(join(root, '.astro/collections/runbooks.schema.json'), 'utf8'));
    expect(written.properties.title.description).toBe('Name of the runbook.');
    expect(written.properties.onCall).toEqual({});
  });
});

describe('generated files', () => {
  it('are committed as npm run schemas writes them', async () => {
    const files = await generatedEditorFiles();
    for (const { path, text } of files) {
      const absolute = join(repositoryRoot, path);
      const committed = existsSync(absolute) ? readFileSync(absolute, 'utf8') : '(missing)';
      expect(committed, `${path} is stale: run \`npm run schemas\` and commit the result`).toBe(text);
    }
    const schemas = readdirSync(join(repositoryRoot, 'schemas')).map((name) => `schemas/${name}`);
    expect(schemas, 'schemas/ holds files npm run schemas does not write: run `npm run schemas`').toEqual(
      files
        .map((file) => file.path)
        .filter((path) => path.startsWith('schemas/'))
        .sort(),
    );
  });
});

describe('snippets', () => {
  /** A snippet's text as inserted with each tab stop left at its placeholder (or given a value), on a date. */
  function insert(body: readonly string[], values: Record<number, string> = {}, indent = '') {
    return body
      .map((line, index) => (index === 0 ? line : indent + line))
      .join('\n')
      .replace(/\$\{(\d+)\|([^|]*)\|\}/g, (_, stop: string, choices: string) => values[Number(stop)] ?? choices.split(',')[0]!)
      .replace(/\$\{(\d+):([^}]*)\}/g, (_, stop: string, placeholder: string) => values[Number(stop)] ?? placeholder)
      .replace(/\$0/g, '')
      .replace('$CURRENT_YEAR-$CURRENT_MONTH-$CURRENT_DATE', '2026-06-01');
  }

  const systems = ['salesforce', 'netsuite'].map((id) =>
    parseEntry('systems', id, `content/systems/${id}.yaml`, 'name: X\ncategory: crm\napi: [rest]\nauth: [oauth2]\n'),
  );

  it('offers each snippet in MDX and Markdown files', () => {
    for (const snippet of Object.values(editorSnippets())) expect(snippet.scope).toBe('mdx,markdown');
  });

  it('inserts a guide that check accepts, with the eight sections in order', () => {
    const text = insert(editorSnippets()['Integration guide']!.body);
    const problems = checkSources([...systems, parseEntry('guides', 'new-guide', 'content/guides/new-guide.mdx', text)]).problems;
    expect(problems.map(formatProblem)).toEqual([]);
    expect([...text.matchAll(/^## (.+)$/gm)].map((match) => match[1])).toEqual([...guideSections]);
  });

  it('inserts a data flow that check accepts under dataFlow:', () => {
    const guide = insert(editorSnippets()['Integration guide']!.body);
    const flow = insert(editorSnippets()['Data flow']!.body, { 1: 'salesforce', 2: 'netsuite' }, '  ');
    const text = guide.replace('tags: []\n', `tags: []\ndataFlow:\n  ${flow}\n`);
    const entry = parseEntry('guides', 'new-guide', 'content/guides/new-guide.mdx', text);
    expect(checkSources([...systems, entry]).problems.map(formatProblem)).toEqual([]);
    expect(entry.yaml.data).toMatchObject({
      dataFlow: [{ from: 'salesforce', to: 'netsuite', objects: ['Invoice'], trigger: 'event', sync: 'incremental' }],
    });
  });

  it('inserts a Mermaid fence', () => {
    expect(insert(editorSnippets()['Mermaid diagram']!.body)).toBe('```mermaid\nflowchart LR\n    \n```');
  });
});
