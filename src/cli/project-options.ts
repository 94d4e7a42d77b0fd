import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { PlaybookOptions } from '../integration/index.ts';
import { makeRegistry, type Registry } from '../lib/content/collections.ts';
import { writeAstroCollections } from '../lib/editor-files.ts';
import type { HandbookLocation } from '../lib/settings.ts';

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

/** The registry of the project in `root`: the built-in collections and any its configuration adds. */
export async function projectRegistry(root: string): Promise<Registry> {
  return makeRegistry((await loadProjectOptions(root)).collections ?? {});
}

/**
 * Tells the editor which files are entries of which collection (`.astro/collections/`, read by the Astro
 * extension for frontmatter completion and checks). An editor convenience: a folder that cannot be written
 * never fails the command that calls it.
 */
export async function editorSupport(location: HandbookLocation, registry: Registry): Promise<void> {
  await writeAstroCollections(location, registry).catch(() => {});
}
