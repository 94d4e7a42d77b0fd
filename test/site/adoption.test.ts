import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { copyFile, readdir, readFile, writeFile } from 'node:fs/promises';
import { basename, join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { handbookLockfile } from '../helpers/adoption.ts';
import { projectRoot, runPlaybook, type RunResult } from '../helpers/build.ts';
import { page } from '../helpers/html.ts';
import { tempDir } from '../helpers/project.ts';

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
      'security',
      'site.yaml',
      'systems',
    ]);
  });

  it('checks and builds with npm run, on the Node the project installs', async () => {
    const check = await npm(['run', 'check'], handbook);
    expect(check.code, check.output).toBe(0);
    expect(check.output).toContain('No problems found.');
    const build = await npm(['run', 'build'], handbook);
    expect(build.code, build.output).toBe(0);
    const guide = await page(join(handbook, 'dist'), 'guides/crm-accounts-to-erp-customers/index.html');
    expect(guide.querySelector('h1')?.textContent).toBe('CRM accounts to ERP customers');
    expect(existsSync(join(handbook, 'dist/pagefind/pagefind-entry.json'))).toBe(true);
    const home = await page(join(handbook, 'dist'), 'index.html');
    expect(home.querySelector('h1')?.textContent).toBe('Our integration playbook');
  });
});
