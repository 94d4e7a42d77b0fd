import { spawn, type ChildProcess } from 'node:child_process';
import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { projectRoot, testToday } from '../helpers/build.ts';

// `npm run dev` on the diagrams fixture under a base path: the pages' Mermaid module must be served there too.
let server: ChildProcess | undefined;
let origin = '';
const base = '/playbook/';

beforeAll(async () => {
  server = spawn(process.execPath, ['node_modules/astro/bin/astro.mjs', 'dev', '--port', '0', '--host', '127.0.0.1'], {
    cwd: projectRoot,
    env: {
      // Not the test runner's NODE_ENV=test and VITEST variables: with them Astro's dev server answers every page with a 404.
      ...Object.fromEntries(Object.entries(process.env).filter(([name]) => name !== 'NODE_ENV' && !name.startsWith('VITEST'))),
      ASTRO_TELEMETRY_DISABLED: '1',
      NO_COLOR: '1',
      PLAYBOOK_CONTENT: resolve(projectRoot, 'test/fixtures/diagrams'),
      PLAYBOOK_BASE: base,
      PLAYBOOK_TODAY: testToday,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  origin = await new Promise<string>((ready, fail) => {
    const timer = setTimeout(() => fail(new Error(`The dev server did not start:\n${output}`)), 60_000);
    const read = (chunk: Buffer) => {
      output += chunk;
      const address = /(http:\/\/127\.0\.0\.1:\d+)/.exec(output)?.[1];
      if (address) {
        clearTimeout(timer);
        ready(address);
      }
    };
    server!.stdout!.on('data', read);
    server!.stderr!.on('data', read);
  });
}, 70_000);
afterAll(() => {
  server?.kill();
});

describe('the dev server', () => {
  it('serves Mermaid’s browser module where pages import it, and nothing else from that folder', async () => {
    const { version } = JSON.parse(await readFile(resolve(projectRoot, 'node_modules/mermaid/package.json'), 'utf8')) as {
      version: string;
    };
    const folder = `${origin}${base}_playbook/mermaid-${version}/`;
    const entry = await fetch(`${folder}mermaid.esm.min.mjs`);
    expect(entry.status).toBe(200);
    expect(entry.headers.get('content-type')).toBe('text/javascript');
    const chunk = /from"\.\/(chunks\/mermaid\.esm\.min\/[\w-]+\.mjs)"/.exec(await entry.text())?.[1];
    expect(chunk).toBeDefined();
    expect((await fetch(`${folder}${chunk}`)).status).toBe(200);
    expect((await fetch(`${folder}../package.json`)).status).toBe(404);
    expect((await fetch(`${folder}${chunk}.map`)).status).toBe(404);
  });

  it('serves the handbook’s pages, diagrams included', async () => {
    const page = await fetch(`${origin}${base}guides/hostile-labels/`);
    expect(page.status).toBe(200);
    expect(await page.text()).toContain('<mermaid-diagram');
  });
});
