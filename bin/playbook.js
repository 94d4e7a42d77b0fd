#!/usr/bin/env node
// The `playbook` command. It needs Node 22.12 or later (Astro's own minimum); on an older Node it runs
// itself again on the Node that the project's `node` devDependency installs, when there is one.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';

const [major, minor] = process.versions.node.split('.').map(Number);
if (major < 22 || (major === 22 && minor < 12)) {
  let node;
  for (const from of [join(process.cwd(), 'package.json'), import.meta.url]) {
    try {
      const candidate = join(dirname(createRequire(from).resolve('node/package.json')), 'bin', 'node');
      if (existsSync(candidate)) node = candidate;
    } catch {
      // not installed there
    }
    if (node) break;
  }
  // `init` only copies files, and runs on this Node from the compiled modules: it is how a team starts,
  // before the project that brings Node 24 exists.
  const command = process.argv[2];
  const startsAHandbook = ['init', '--help', '-h', '--version', '-v', undefined].includes(command);
  if (!node && !(startsAHandbook && existsSync(new URL('../lib/cli/playbook.js', import.meta.url)))) {
    console.error(
      `playbook needs Node.js 22.12 or later (this is ${process.versions.node}). Install Node 24, or add it to the project: npm install --save-dev node@24`,
    );
    process.exit(1);
  }
  if (node) {
    const result = spawnSync(node, [process.argv[1], ...process.argv.slice(2)], { stdio: 'inherit' });
    process.exit(result.status ?? 1);
  }
}

// Compiled code is kept between runs (see src/cli/playbook.ts); enabled here, before the modules load.
(await import('node:module')).enableCompileCache?.();

// Installed from the registry, the compiled modules in lib/; in a checkout of the repository, the sources.
const compiled = new URL('../lib/cli/playbook.js', import.meta.url);
const entry = existsSync(compiled) ? compiled : new URL('../src/cli/playbook.ts', import.meta.url);
const { main } = await import(pathToFileURL(entry.pathname).href);
const code = await main(process.argv.slice(2));
if (code !== 'running') process.exitCode = code;
