// `npm run vitals`: Core Web Vitals of a built handbook as a phone sees them. Builds a fixture handbook (the
// reader fixture by default: every page type), serves it compressed as hosts do, and runs Lighthouse's mobile
// preset (simulated throttling) on one page of every type, then prints a table of performance, CLS, TBT, LCP
// and transferred bytes. A measurement to run by hand and copy into BENCHMARKS.md, not a timed test.
//
//   npm run vitals [-- --content test/fixtures/reader --public test/fixtures/reader-public --runs 1 --page guides/x/ …]
//
// --page adds a page to the table (a path under the site, repeatable), e.g. a guide whose diagram is in its first screen.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { cp, mkdir, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { gzipSync } from 'node:zlib';
import { launch } from 'chrome-launcher';
import lighthouse from 'lighthouse';
import sirv from 'sirv';
import { builtPageTypes } from '../src/bench/page-types.ts';

const root = resolve(import.meta.dirname, '..');
const { values } = parseArgs({
  options: {
    content: { type: 'string', default: 'test/fixtures/reader' },
    public: { type: 'string', default: 'test/fixtures/reader-public' },
    runs: { type: 'string', default: '1' },
    page: { type: 'string', multiple: true, default: [] },
  },
});
const runs = Math.max(1, Number(values.runs));
// Lighthouse drives the full browser (its headless shell lacks parts of the tracing Lighthouse reads).
const chromePath =
  process.env['CHROMIUM_PATH'] ?? ['/usr/bin/chromium', '/usr/bin/google-chrome'].find((path) => existsSync(path));
if (!chromePath) {
  console.error('vitals needs Chromium or Chrome: "sudo apt-get install chromium" on Debian, or set CHROMIUM_PATH.');
  process.exit(2);
}

// Build into a project folder inside the repository (Astro resolves the engine's components from there).
await mkdir(join(root, '.tmp'), { recursive: true });
const project = await mkdtemp(join(root, '.tmp', 'vitals-'));
try {
  if (values.public) await cp(resolve(root, values.public), join(project, 'public'), { recursive: true });
  const build = spawnSync(process.execPath, [join(root, 'src/cli/playbook.ts'), 'build'], {
    cwd: project,
    env: { ...process.env, PLAYBOOK_CONTENT: resolve(root, values.content), ASTRO_TELEMETRY_DISABLED: '1' },
    encoding: 'utf8',
  });
  if (build.status !== 0) throw new Error(`The build failed:\n${build.stdout}${build.stderr}`);
  const dist = join(project, 'dist');

  // Compressed as hosts serve them: every text file gets a gzip twin, which the server sends when asked.
  for (const entry of await readdir(dist, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile() || !/\.(html|css|m?js|json|svg|xml|txt)$/.test(entry.name)) continue;
    const path = join(entry.parentPath, entry.name);
    await writeFile(`${path}.gz`, gzipSync(await readFile(path), { level: 9 }));
  }
  const assets = sirv(dist, { gzip: true, etag: true });
  const server = createServer((req, res) => assets(req, res, () => void res.writeHead(404).end()));
  await new Promise<void>((ready) => server.listen(0, '127.0.0.1', ready));
  const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;

  // Every page type but the 404 page, which a host serves for any miss.
  const pages = [
    ...(await builtPageTypes(dist)).filter(([kind]) => kind !== '404'),
    ...values.page.map((path): [string, string] => ['Page', path.replace(/^\//, '')]),
  ];
  const chrome = await launch({ chromePath, chromeFlags: ['--headless=new', '--no-sandbox', '--disable-gpu'] });
  const rows: Record<string, string | number>[] = [];
  try {
    for (const [kind, path] of pages) {
      const results: { performance: number; cls: number; tbt: number; lcp: number; bytes: number }[] = [];
      for (let run = 0; run < runs; run++) {
        const result = await lighthouse(`${origin}/${path}`, {
          port: chrome.port,
          onlyCategories: ['performance'],
          logLevel: 'error',
        });
        if (!result) throw new Error(`Lighthouse returned nothing for /${path}`);
        const { lhr } = result;
        const audit = (id: string) => lhr.audits[id]?.numericValue ?? NaN;
        results.push({
          performance: Math.round((lhr.categories['performance']?.score ?? 0) * 100),
          cls: audit('cumulative-layout-shift'),
          tbt: audit('total-blocking-time'),
          lcp: audit('largest-contentful-paint'),
          bytes: audit('total-byte-weight'),
        });
      }
      const median = (pick: (r: (typeof results)[number]) => number) =>
        results.map(pick).sort((a, b) => a - b)[Math.floor(results.length / 2)]!;
      rows.push({
        page: `${kind} (/${path})`,
        performance: median((r) => r.performance),
        CLS: median((r) => r.cls).toFixed(3),
        'TBT ms': Math.round(median((r) => r.tbt)),
        'LCP s': (median((r) => r.lcp) / 1000).toFixed(1),
        'KB transferred': Math.round(median((r) => r.bytes) / 1024),
      });
      console.error(`measured /${path}`);
    }
  } finally {
    chrome.kill();
    server.close();
  }
  console.log(
    `Lighthouse ${(await import('lighthouse/package.json', { with: { type: 'json' } })).default.version}, mobile preset, ${values.content}, median of ${runs} run(s):\n`,
  );
  const columns = Object.keys(rows[0]!);
  console.log(`| ${columns.join(' | ')} |\n| ${columns.map((_, i) => (i ? '---:' : '---')).join(' | ')} |`);
  for (const row of rows) console.log(`| ${columns.map((c) => row[c]).join(' | ')} |`);
} finally {
  await rm(project, { recursive: true, force: true });
}
