// `npm run new -- <kind> "<title>"`: creates a valid entry from a template and prints its path.
import { mkdir, readdir, writeFile } from 'node:fs/promises';
import { dirname, join, relative } from 'node:path';
import { createInterface } from 'node:readline/promises';
import { parseArgs } from 'node:util';
import { collections } from '../lib/content/collections.ts';
import { today } from '../lib/review.ts';
import { entryKinds, scaffold, type EntryKind } from '../lib/scaffold.ts';
import { resolveContentDir } from '../lib/settings.ts';
import { closeHint } from '../lib/content/suggest.ts';

const kinds = Object.keys(entryKinds) as EntryKind[];
const { positionals } = parseArgs({ allowPositionals: true });
let [kind, ...titleWords] = positionals;
let title = titleWords.join(' ').trim();

const fail = (message: string): never => {
  console.error(message);
  process.exit(1);
};

if (!kind || !title) {
  if (!process.stdin.isTTY) fail(`Usage: npm run new -- <${kinds.join('|')}> "<title>"`);
  const prompt = createInterface({ input: process.stdin, output: process.stdout });
  kind ||= (await prompt.question(`Kind of entry (${kinds.join(', ')}): `)).trim();
  title ||= (await prompt.question('Title: ')).trim();
  prompt.close();
}
if (!kinds.includes(kind as EntryKind)) {
  const near = closeHint(kind ?? '', kinds);
  fail(`Unknown kind "${kind}" (expected: ${kinds.join(', ')})${near ? ` — ${near}` : ''}`);
}
if (!title) fail('A title is needed, e.g. npm run new -- guide "Salesforce to NetSuite"');

const root = process.cwd();
const contentDir = resolveContentDir(root, process.env);
const listIds = async (folder: string) => {
  try {
    return (await readdir(join(contentDir, folder))).map((name) => name.replace(/\.(mdx|yaml)$/, '')).sort();
  } catch {
    return [];
  }
};
const systemIds = await listIds(collections.systems.folder);
if (kind === 'guide' && systemIds.length === 0)
  fail('A guide names the systems it integrates; add one first: npm run new -- system "NetSuite"');

const entry = scaffold(kind as EntryKind, title, today(process.env), systemIds);
if (!entry.id) fail(`"${title}" makes no usable id; use letters or digits in the title.`);
const path = join(contentDir, entry.path);
const taken = await listIds(collections[entry.collection].folder);
if (taken.includes(entry.id)) {
  fail(`${relative(root, path)} already exists; nothing was written. Choose another title, or edit that entry.`);
}
await mkdir(dirname(path), { recursive: true });
await writeFile(path, entry.text, { flag: 'wx' });
console.log(`Created ${relative(root, path)}`);
console.log('Fill it in, then run: npm run check');
