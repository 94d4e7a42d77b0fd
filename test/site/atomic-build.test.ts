import { spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync } from 'node:fs';
import { readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { playbookCli, projectRoot, runPlaybook, testToday, type RunResult } from '../helpers/build.ts';
import { makeProject } from '../helpers/project.ts';

/** A digest of every file under a folder, names included: equal digests mean byte-identical folders. */
async function digest(dir: string): Promise<string> {
  const hash = createHash('sha256');
  const files = (await readdir(dir, { recursive: true, withFileTypes: true })).filter((entry) => entry.isFile());
  for (const path of files.map((entry) => join(entry.parentPath, entry.name)).sort()) {
    hash
      .update(path.slice(dir.length))
      .update('\0')
      .update(await readFile(path))
      .update('\0');
  }
  return hash.digest('hex');
}

/** A project with the small fixture handbook and a previously published site in dist/. */
async function publishedProject(files: Record<string, string> = {}): Promise<{ root: string; before: string }> {
  const root = await makeProject({
    fixture: 'test/fixtures/small',
    files: { 'dist/index.html': '<!doctype html><title>The live site</title>', 'dist/guides/old/index.html': 'old', ...files },
  });
  return { root, before: await digest(join(root, 'dist')) };
}

/** Folders a build works in beside dist/; none may remain once it has ended. */
const leftovers = async (root: string) => (await readdir(root)).filter((name) => /^\.dist\.(building|old)-/.test(name));

/** Waits, with a generous limit, until `condition` holds; checks again every 50 ms. */
async function waitFor(condition: () => boolean, what: string, limit = 60_000): Promise<void> {
  const started = Date.now();
  while (!condition()) {
    if (Date.now() - started > limit) throw new Error(`Timed out waiting for ${what}`);
    await new Promise((tick) => setTimeout(tick, 50));
  }
}

/** Starts `playbook build` in a project and hands back the process with its output so far. */
function startBuild(root: string, env: Record<string, string> = {}) {
  const child = spawn(process.execPath, [playbookCli, 'build'], {
    cwd: root,
    env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', PLAYBOOK_TODAY: testToday, NO_COLOR: '1', ...env },
  });
  const run = { child, output: '' };
  child.stdout.on('data', (chunk) => (run.output += chunk));
  child.stderr.on('data', (chunk) => (run.output += chunk));
  const done = new Promise<RunResult>((resolve) => child.on('close', (code) => resolve({ code, output: run.output })));
  return {
    ...run,
    done,
    get output() {
      return run.output;
    },
  };
}

/** The folder a running build writes into (beside dist/), once it exists. */
const stagingOf = async (root: string) => (await readdir(root)).find((name) => name.startsWith('.dist.building-'));

// A build that succeeds replaces dist/ whole: see test/site/fixture-build.test.ts, which builds over an earlier site.
describe('a build that fails or is interrupted leaves dist/ byte-identical to before', () => {
  it('when a page fails to render (a team component that throws)', async () => {
    const { root, before } = await publishedProject({
      'astro.config.mjs': `import { playbook } from ${JSON.stringify(join(projectRoot, 'src/integration/index.ts'))};\nexport default { integrations: [playbook({ components: { Footer: './Broken.astro' } })] };\n`,
      'Broken.astro': "---\nthrow new Error('The team footer is broken');\n---\n<footer>never</footer>\n",
    });
    const build = await runPlaybook(['build'], { cwd: root });
    expect(build.code).toBe(1);
    expect(build.output).toMatch(/^Build failed: The team footer is broken\. dist\/ is unchanged\.$/m);
    expect(await digest(join(root, 'dist'))).toBe(before);
    expect(await leftovers(root)).toEqual([]);
  });

  it('when it is interrupted with Ctrl-C while pages are rendered', async () => {
    const { root, before } = await publishedProject();
    const build = startBuild(root);
    let staging: string | undefined;
    await waitFor(() => build.output.includes('generating static routes'), 'Astro to start rendering');
    staging = await stagingOf(root);
    expect(staging).toBeDefined();
    build.child.kill('SIGINT');
    const { code, output } = await build.done;
    expect(code).toBe(130);
    expect(output).toMatch(/^Build failed: interrupted \(SIGINT\)\. dist\/ is unchanged\.$/m);
    expect(await digest(join(root, 'dist'))).toBe(before);
    expect(await leftovers(root)).toEqual([]);
  });

  it('when the search index cannot be written', async () => {
    const { root, before } = await publishedProject();
    const build = startBuild(root);
    // Once Astro has written its assets, a file takes the place of the index's folder, so Pagefind's write fails.
    let staging: string | undefined;
    await waitFor(() => {
      void stagingOf(root).then((name) => (staging = name));
      return Boolean(staging && existsSync(join(root, staging, '_astro')));
    }, 'Astro to write its assets');
    await writeFile(join(root, staging!, 'pagefind'), 'in the way');
    const { code, output } = await build.done;
    expect(code).toBe(1);
    expect(output).toMatch(/^Build failed: Pagefind could not write the search index: .*\. dist\/ is unchanged\.$/m);
    expect(await digest(join(root, 'dist'))).toBe(before);
    expect(await leftovers(root)).toEqual([]);
  });
});
