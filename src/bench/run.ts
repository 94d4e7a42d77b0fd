// `playbook bench --guides 1000`: builds a generated handbook with Integration Playbooks and with a bare
// Astro + MDX site (the floor), and prints time, memory and output figures with our ratio to the floor.
// `--runs 3` alternates three builds of each and reports medians, for a noisy machine.
import { spawn } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { mkdir, mkdtemp, readdir, readFile, rm, stat, symlink, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import {
  CommandError,
  helpText,
  parseCommand,
  processContext,
  UsageError,
  defineCommand,
  type CommandContext,
} from '../cli/args.ts';
import { generateHandbook } from './generate.ts';
import { pageScripts } from './page-scripts.ts';
import { searchIndexSeconds } from '../lib/build-log.ts';
import { packageModule } from '../lib/module-file.ts';

const spec = defineCommand({
  usage: 'playbook bench [--guides 100] [--runs 1] [--seed 1] [--json FILE] [--no-floor]',
  help: `Generates a realistic handbook of N guides, builds it with playbook build and with a bare Astro + MDX
site (the floor), runs playbook check on it, and prints time, memory and output figures with the
ratio to the floor. Needs about 1.5 GB of memory per 1,000 guides.

  --guides N    how many guides (default 100)
  --runs K      alternate K builds of each and report medians (default 1)
  --seed S      the generator's seed (default 1)
  --json FILE   also write the figures to FILE
  --no-floor    skip the floor build`,
  options: {
    guides: { type: 'string', default: '100' },
    seed: { type: 'string', default: '1' },
    json: { type: 'string' },
    runs: { type: 'string', default: '1' },
    'no-floor': { type: 'boolean', default: false },
  },
});

/** The project command that builds and checks, run by path so the bench measures exactly what users run. */
const playbookCli = fileURLToPath(packageModule('../cli/playbook', import.meta.url));
/** The node_modules folder Astro is installed in, which the floor's project and the generated handbook use. */
const modulesDir = dirname(dirname(fileURLToPath(import.meta.resolve('astro/package.json'))));

/** Peak resident memory (VmHWM) of a process so far, in MB; 0 once it has ended, or off Linux. */
function peakMemory(pid: number): number {
  try {
    return Number(/VmHWM:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))?.[1] ?? 0) / 1024;
  } catch {
    return 0;
  }
}

/** A process's descendants with their command names (Linux /proc; none elsewhere). */
function descendants(pid: number): { pid: number; name: string }[] {
  try {
    const children = readdirSync(`/proc/${pid}/task`).flatMap((task) =>
      readFileSync(`/proc/${pid}/task/${task}/children`, 'utf8').split(' ').filter(Boolean).map(Number),
    );
    return children.flatMap((child) => {
      let name = '';
      try {
        name = readFileSync(`/proc/${child}/comm`, 'utf8').trim();
      } catch {
        // ended meanwhile
      }
      return [{ pid: child, name }, ...descendants(child)];
    });
  } catch {
    return [];
  }
}

/**
 * Runs a Node script and measures its wall time and peak resident memory (Linux /proc; 0 elsewhere):
 * `peakMb` is the largest process in its tree (Astro's, behind our build command; Astro names
 * itself "astro"), and `indexerPeakMb` Pagefind's indexer, a separate process.
 */
function measure(
  args: string[],
  env: Record<string, string>,
  cwd: string,
): Promise<{ seconds: number; peakMb: number; indexerPeakMb: number; output: string; code: number | null }> {
  return new Promise((done) => {
    const started = performance.now();
    const child = spawn(process.execPath, args, {
      cwd,
      env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', NO_COLOR: '1', ...env },
    });
    let output = '';
    let peak = 0;
    let indexerPeak = 0;
    child.stdout.on('data', (chunk) => (output += chunk));
    child.stderr.on('data', (chunk) => (output += chunk));
    const poll = setInterval(() => {
      if (!child.pid) return;
      peak = Math.max(peak, peakMemory(child.pid));
      for (const { pid, name } of descendants(child.pid)) {
        if (name.startsWith('pagefind')) indexerPeak = Math.max(indexerPeak, peakMemory(pid));
        else peak = Math.max(peak, peakMemory(pid));
      }
    }, 50);
    child.on('close', (code) => {
      clearInterval(poll);
      done({ seconds: (performance.now() - started) / 1000, peakMb: peak, indexerPeakMb: indexerPeak, output, code });
    });
  });
}

async function sizeOf(path: string): Promise<number> {
  const info = await stat(path);
  if (!info.isDirectory()) return info.size;
  let total = 0;
  for (const name of await readdir(path)) total += await sizeOf(join(path, name));
  return total;
}

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? 0;

/** Runs `playbook bench`; resolves to the exit code. */
export async function bench(args: readonly string[], { cwd }: CommandContext = processContext()): Promise<number> {
  const { values } = parseCommand(spec, args);
  if (values.help) {
    console.log(helpText(spec));
    return 0;
  }
  const runs = Number(values.runs);
  if (!Number.isInteger(runs) || runs < 1) throw new UsageError(`--runs must be a whole number above 0 (found: ${values.runs})`);
  const guides = Number(values.guides);
  if (!Number.isInteger(guides) || guides < 1)
    throw new UsageError(`--guides must be a whole number above 0 (found: ${values.guides})`);
  // In the current folder, not the system's temporary folder: Astro takes files that share no folder with the
  // project root but "/" for files inside it, and would not find the engine's components.
  const work = await mkdtemp(join(cwd, `.playbook-bench-${guides}-`));
  const content = join(work, 'content');
  const { words } = await generateHandbook(content, guides, Number(values.seed));
  console.log(`Generated ${guides} guides (${Math.round(words / guides)} words each on average) in ${content}`);

  const out = join(work, 'dist');
  // Diagrams drawn at build time are kept in the work folder, and removed before every build like the rest.
  const drawings = join(work, '.drawings');
  const env = { PLAYBOOK_TODAY: '2026-11-21', PLAYBOOK_DRAWINGS: drawings };
  // The generated handbook is a project of its own, as a team's would be.
  await symlink(modulesDir, join(work, 'node_modules'));

  /** The floor: one collection, one page template, no validation, no search; the same guide bodies. */
  async function writeFloor(floor: string): Promise<void> {
    await mkdir(join(floor, 'src', 'pages'), { recursive: true });
    await symlink(modulesDir, join(floor, 'node_modules'));
    await writeFile(join(floor, 'package.json'), '{ "type": "module" }\n');
    await writeFile(
      join(floor, 'astro.config.mjs'),
      "import mdx from '@astrojs/mdx';\nexport default { cacheDir: './cache', integrations: [mdx()] };\n",
    );
    await writeFile(
      join(floor, 'src', 'content.config.ts'),
      `import { defineCollection } from 'astro:content';\nimport { glob } from 'astro/loaders';\nexport const collections = { guides: defineCollection({ loader: glob({ base: ${JSON.stringify(join(content, 'guides'))}, pattern: '*.mdx' }) }) };\n`,
    );
    await writeFile(
      join(floor, 'src', 'pages', '[id].astro'),
      '---\nimport { getCollection, render } from \'astro:content\';\nexport async function getStaticPaths() {\n  return (await getCollection(\'guides\')).map((guide) => ({ params: { id: guide.id }, props: { guide } }));\n}\nconst { Content } = await render(Astro.props.guide);\n---\n<html lang="en"><head><meta charset="utf-8"><title>{Astro.props.guide.data.title}</title></head><body><main><Content /></main></body></html>\n',
    );
  }
  const floor = join(work, 'floor');
  if (!values['no-floor']) await writeFloor(floor);

  // Ours and the floor alternate, so that a slow spell of a noisy machine falls on both; medians are reported.
  const oursRuns: Awaited<ReturnType<typeof measure>>[] = [];
  const floorRuns: Awaited<ReturnType<typeof measure>>[] = [];
  for (let run = 1; run <= runs; run++) {
    // Every build starts clean, as on CI: no output from the run before.
    await rm(out, { recursive: true, force: true });
    await rm(join(work, '.astro'), { recursive: true, force: true });
    await rm(drawings, { recursive: true, force: true });
    const ours = await measure([playbookCli, 'build', '--outDir', out], env, work);
    if (ours.code !== 0) throw new CommandError(`The build failed:\n${ours.output}`);
    oursRuns.push(ours);
    if (values['no-floor']) continue;
    await rm(join(floor, 'cache'), { recursive: true, force: true });
    await rm(join(floor, 'dist'), { recursive: true, force: true });
    const bare = await measure([join(modulesDir, 'astro/bin/astro.mjs'), 'build'], {}, floor);
    if (bare.code !== 0) throw new CommandError(`The floor build failed:\n${bare.output}`);
    floorRuns.push(bare);
    if (runs > 1) console.log(`Run ${run}: ours ${ours.seconds.toFixed(2)} s, floor ${bare.seconds.toFixed(2)} s`);
  }
  const ours = oursRuns.at(-1)!;
  const buildSeconds = median(oursRuns.map((r) => r.seconds));
  const peakMb = median(oursRuns.map((r) => r.peakMb));
  // Cold, as on CI: without the verdicts on its diagrams the last build kept.
  await rm(drawings, { recursive: true, force: true });
  const check = await measure([playbookCli, 'check'], env, work);
  const guidePages = (await readdir(join(out, 'guides'))).filter((name) => name.startsWith('guide-'));
  const htmlSizes = await Promise.all(
    guidePages.map((name) => stat(join(out, 'guides', name, 'index.html')).then((s) => s.size)),
  );
  const withDiagram = 'guides/guide-00001/index.html';
  let plainGuide: string | undefined;
  for (const name of guidePages) {
    if (/mermaid-diagram|diagram-drawn/.test(await readFile(join(out, 'guides', name, 'index.html'), 'utf8'))) continue;
    plainGuide = name;
    break;
  }
  const indexSeconds = median(oursRuns.map((r) => searchIndexSeconds(r.output)));
  const pagefind = join(out, 'pagefind');
  const uiBytes = (await readdir(pagefind)).filter((f) => /\.(js|css)$/.test(f)).length;
  const result: Record<string, unknown> = {
    guides,
    words: Math.round(words / guides),
    runs,
    buildSeconds: Number(buildSeconds.toFixed(2)),
    guidesPerSecond: Number((guides / buildSeconds).toFixed(1)),
    peakMemoryMb: Math.round(peakMb),
    memoryPerGuideMb: Number((peakMb / guides).toFixed(3)),
    indexerPeakMemoryMb: Math.round(median(oursRuns.map((r) => r.indexerPeakMb))),
    outputMb: Number(((await sizeOf(out)) / 1048576).toFixed(1)),
    medianGuideHtmlBytes: median(htmlSizes),
    guideJsGzipBytes: plainGuide ? pageScripts(out, `guides/${plainGuide}/index.html`).bytes : null,
    guideWithDiagramJsGzipBytes: pageScripts(out, withDiagram).bytes,
    searchIndexMb: Number(((await sizeOf(pagefind)) / 1048576).toFixed(2)),
    searchUiFiles: uiBytes,
    indexingSeconds: indexSeconds,
    checkSeconds: Number(check.seconds.toFixed(2)),
    buildLogLines: ours.output.trimEnd().split('\n').length,
  };
  if (floorRuns.length) {
    const floorSeconds = median(floorRuns.map((r) => r.seconds));
    const floorPeakMb = median(floorRuns.map((r) => r.peakMb));
    Object.assign(result, {
      floorSeconds: Number(floorSeconds.toFixed(2)),
      floorPeakMemoryMb: Math.round(floorPeakMb),
      // The median of each run's own ratio: a pair built back to back shares the machine's mood.
      timeRatio: Number(median(oursRuns.map((r, i) => r.seconds / floorRuns[i]!.seconds)).toFixed(2)),
      memoryRatio: Number((peakMb / floorPeakMb).toFixed(2)),
    });
  }

  console.table(result);
  if (values.json) await writeFile(values.json, `${JSON.stringify(result, null, 2)}\n`);
  await rm(work, { recursive: true, force: true });
  const ratio = result['timeRatio'] ? `, ${result['timeRatio']}× the floor's time and ${result['memoryRatio']}× its memory` : '';
  console.log(
    `bench: ${guides} guides built in ${result['buildSeconds']} s (${result['guidesPerSecond']} guides/s, peak ${result['peakMemoryMb']} MB${ratio}); check ${result['checkSeconds']} s; guide page ${result['medianGuideHtmlBytes']} B HTML, ${result['guideJsGzipBytes']} B JS gzipped`,
  );
  return 0;
}
