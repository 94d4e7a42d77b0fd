// `playbook init [dir]`: creates a new handbook repository that holds only content, configuration and
// pipelines, and depends on this package for everything else.
import { existsSync } from 'node:fs';
import { mkdir, readdir, readFile, writeFile } from 'node:fs/promises';
import { basename, dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { CommandError, defineCommand, helpText, parseCommand, processContext, type CommandContext } from './args.ts';
import { initPackageJson, type PackageFacts } from '../lib/init.ts';
import { handbookRepositorySettings } from '../lib/json-schemas.ts';

const spec = defineCommand({
  usage: 'playbook init [dir]',
  help: `Creates a handbook repository in dir (default: the current folder): package.json, a small valid
example of each kind of entry in content/, the GitHub and GitLab pipelines and issue forms, VS Code
settings, a short astro.config.mjs (where components are replaced and collections added; the Astro
editor extension also needs it) and a README. Nothing is overwritten: it stops if any of those files exists.`,
  options: {},
  positionals: true,
});

/** The package's own folder (two levels up from src/cli and lib/cli alike). */
const packageDir = fileURLToPath(new URL('../../', import.meta.url));

/** Every file under a folder, as paths relative to it. */
async function filesUnder(dir: string): Promise<string[]> {
  if (!existsSync(dir)) return [];
  const entries = await readdir(dir, { withFileTypes: true, recursive: true });
  return entries.filter((entry) => entry.isFile()).map((entry) => relative(dir, join(entry.parentPath, entry.name)));
}

const astroConfig = `// Where a team customises its site beyond site.yaml (see "Customising" in the integration-playbooks README).
// The playbook command adds the integration by itself; this file also lets VS Code's Astro extension start.
import { defineConfig } from 'astro/config';
import playbook from 'integration-playbooks';

export default defineConfig({
  integrations: [
    playbook({
      // components: { Footer: './src/Footer.astro' },
      // collections: { runbooks: { … } },
    }),
  ],
});
`;

/** Runs `playbook init`; resolves to the exit code. */
export async function init(args: readonly string[], { cwd }: CommandContext = processContext()): Promise<number> {
  const { values, positionals } = parseCommand(spec, args);
  if (values.help) {
    console.log(helpText(spec));
    return 0;
  }
  const target = resolve(cwd, positionals[0] ?? '.');
  const name = basename(target);
  const ours = JSON.parse(await readFile(join(packageDir, 'package.json'), 'utf8')) as PackageFacts;

  // What the new repository holds: path → text.
  const files = new Map<string, string>();
  const templates = join(packageDir, 'templates/init');
  for (const file of await filesUnder(templates)) {
    const text = await readFile(join(templates, file), 'utf8');
    const path = file === 'gitignore' ? '.gitignore' : file; // npm leaves .gitignore files out of packages
    files.set(path, text.replaceAll('{{title}}', name));
  }
  // The pipelines, issue forms and editor settings are the package's own files, so a team gets their fixes on upgrade.
  for (const folder of ['.github/workflows', '.github/ISSUE_TEMPLATE', '.gitlab/issue_templates', '.vscode']) {
    for (const file of await filesUnder(join(packageDir, folder))) {
      if (folder === '.github/workflows' && file !== 'publish.yml') continue; // the package's own tests stay here
      const text = await readFile(join(packageDir, folder, file), 'utf8');
      // The editor settings point at this repository's schemas/; a team's point into the installed package.
      const adapted =
        folder === '.vscode' && file === 'settings.json'
          ? `${JSON.stringify(handbookRepositorySettings(JSON.parse(text)), null, 2)}\n`
          : text;
      files.set(join(folder, file), adapted);
    }
  }
  // This repository's own .gitlab-ci.yml includes the handbook pipeline and adds the generator's tests.
  files.set('.gitlab-ci.yml', await readFile(join(packageDir, '.gitlab/handbook.gitlab-ci.yml'), 'utf8'));
  files.set('.nvmrc', '24\n');
  files.set('package.json', `${JSON.stringify(initPackageJson(name, ours), null, 2)}\n`);
  files.set('astro.config.mjs', astroConfig);

  const existing = [...files.keys()].filter((path) => existsSync(join(target, path)));
  if (existing.length) {
    throw new CommandError(
      `${relative(cwd, target) || '.'} already holds ${existing.slice(0, 5).join(', ')}${existing.length > 5 ? ', …' : ''}; nothing was written. Choose an empty folder.`,
    );
  }
  for (const [path, text] of files) {
    await mkdir(dirname(join(target, path)), { recursive: true });
    await writeFile(join(target, path), text, { flag: 'wx' });
  }
  const here = relative(cwd, target);
  console.log(`Created a handbook in ${here || 'this folder'} (${files.size} files). Next:\n`);
  console.log(`  ${here ? `cd ${here} && ` : ''}npm install && npm run build`);
  return 0;
}
