// `node bench/secrets.ts [--guides 1000] [--runs 7] [--content DIR]`: times the secret scan over every file of a
// generated handbook (or of the handbook in DIR), as `npm run check` scans them. It prints the cost of loading the
// scanner (secretlint included), of the first scan in a fresh process (what `npm run check` pays) and the median of
// the scans after it, and how many files the pre-filter passed on to secretlint.
import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { generateHandbook } from './generate.ts';

const { values } = parseArgs({
  options: {
    guides: { type: 'string', default: '1000' },
    runs: { type: 'string', default: '7' },
    seed: { type: 'string', default: '1' },
    content: { type: 'string' },
  },
});

let loaded = performance.now();
const { presetMayReport, secretProblems } = await import('../lib/content/secrets.ts');
loaded = performance.now() - loaded;

/** Every file under a folder, with its path relative to it. */
async function readAll(dir: string, prefix = ''): Promise<{ file: string; text: string }[]> {
  const files: { file: string; text: string }[] = [];
  for (const entry of await readdir(join(dir, prefix), { withFileTypes: true })) {
    const path = join(prefix, entry.name);
    if (entry.isDirectory()) files.push(...(await readAll(dir, path)));
    else files.push({ file: path, text: await readFile(join(dir, path), 'utf8') });
  }
  return files;
}

let files: { file: string; text: string }[];
if (values.content) files = await readAll(values.content);
else {
  const dir = await mkdtemp(join(tmpdir(), 'playbook-secrets-bench-'));
  await generateHandbook(dir, Number(values.guides), Number(values.seed));
  files = await readAll(dir);
  await rm(dir, { recursive: true, force: true });
}

const scan = async () => {
  const started = performance.now();
  let problems = 0;
  for (const { file, text } of files) problems += (await secretProblems(file, text)).length;
  return { ms: performance.now() - started, problems };
};
const first = await scan();
const times: number[] = [];
for (let run = 1; run < Number(values.runs); run++) times.push((await scan()).ms);
times.sort((a, b) => a - b);
const median = times[Math.floor(times.length / 2)] ?? first.ms;
const megabytes = files.reduce((sum, { text }) => sum + text.length, 0) / 1e6;
const toSecretlint = files.filter(({ text }) => presetMayReport(text)).length;
console.log(
  `secrets: ${files.length} files (${megabytes.toFixed(1)} MB), ${first.problems} problems; loading the scanner ${loaded.toFixed(0)} ms, ` +
    `first scan ${first.ms.toFixed(0)} ms, then ${median.toFixed(0)} ms (median of ${times.length}); ${toSecretlint} files went to secretlint`,
);
