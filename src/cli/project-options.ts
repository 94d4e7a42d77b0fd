import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { PlaybookOptions } from '../integration/index.ts';
import { makeRegistry, type Registry } from '../lib/content/collections.ts';
import { writeAstroCollections } from '../lib/editor-files.ts';
import { resolveContentDir, type HandbookLocation } from '../lib/settings.ts';

/** The configuration files Astro reads, in its order; a handbook may have none. */
export const configNames = ['astro.config.mjs', 'astro.config.js', 'astro.config.ts', 'astro.config.mts'];

/**
 * The options a project passes to `playbook()` in its own `astro.config.*`, so that `check` and `new`
 * know what the build knows (collections a team added, the content folder); none without such a file.
 */
export async function loadProjectOptions(root: string): Promise<PlaybookOptions> {
  const file = configNames.map((name) => join(root, name)).find((path) => existsSync(path));
  if (!file) return {};
  const config = ((await import(pathToFileURL(file).href)) as { default?: { integrations?: unknown[] } }).default ?? {};
  const integration = (config.integrations ?? [])
    .flat(Infinity)
    .find(
      (item): item is { name: string; options?: PlaybookOptions } =>
        (item as { name?: unknown })?.name === 'integration-playbooks',
    );
  return integration?.options ?? {};
}

/**
 * What the commands need of the project in `root`, as its build sees it: where the handbook is (the
 * configuration's `content`, overridden by PLAYBOOK_CONTENT) and its collections (the built-in ones and
 * any the configuration adds).
 */
export async function projectSetup(
  root: string,
  env: Record<string, string | undefined>,
): Promise<{ location: HandbookLocation; registry: Registry }> {
  const options = await loadProjectOptions(root);
  return {
    location: { root, contentDir: resolveContentDir(root, env, options.content) },
    registry: makeRegistry(options.collections ?? {}),
  };
}

/**
 * Tells the editor which files are entries of which collection (`.astro/collections/`, read by the Astro
 * extension for frontmatter completion and checks). An editor convenience: a folder that cannot be written
 * never fails the command that calls it.
 */
export async function editorSupport(location: HandbookLocation, registry: Registry): Promise<void> {
  await writeAstroCollections(location, registry).catch(() => {});
}
