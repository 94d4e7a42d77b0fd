/** What `init` reads of the package's own package.json. */
export interface PackageFacts {
  name: string;
  version: string;
  devDependencies?: Record<string, string>;
  allowScripts?: Record<string, boolean>;
}

/**
 * The package.json of a new handbook repository: scripts that call the `playbook` command, this package
 * at a compatible version (so `npm update integration-playbooks` upgrades it), and the `node` package,
 * which makes the Node 24 the commands run on available where the system's Node is older.
 */
export function initPackageJson(name: string, ours: PackageFacts): Record<string, unknown> {
  return {
    name: name.toLowerCase().replace(/[^a-z0-9._-]+/g, '-').replace(/^[._-]+|-+$/g, '') || 'handbook',
    private: true,
    type: 'module',
    scripts: {
      dev: 'playbook dev',
      build: 'playbook build',
      check: 'playbook check',
      preview: 'playbook preview',
      new: 'playbook new',
    },
    dependencies: { [ours.name]: `^${ours.version}` },
    devDependencies: { node: ours.devDependencies?.['node'] ?? '^24.0.0' },
    // npm 11 runs install scripts only for packages allowed here: Node's installer and Astro's bundler need theirs.
    allowScripts: ours.allowScripts ?? { esbuild: true, node: true },
  };
}
