import { existsSync } from 'node:fs';
import { join } from 'node:path';
import type { AstroInlineConfig } from 'astro';
import { playbook } from '../integration/index.ts';
import { configNames } from './project-options.ts';

/**
 * The Astro configuration the `playbook` commands run with: the project's own `astro.config.*` when it has
 * one, and the playbook integration in any case (when the project's file adds it too, with options, that
 * instance is the one that runs). A handbook needs no configuration file at all.
 */
export function astroConfig(root: string, overrides: AstroInlineConfig = {}): AstroInlineConfig {
  const hasConfigFile = configNames.some((name) => existsSync(join(root, name)));
  // Astro finds the file itself (configFile undefined); false keeps it from looking at all.
  return {
    root,
    ...(hasConfigFile ? {} : { configFile: false }),
    ...overrides,
    integrations: [playbook(), ...(overrides.integrations ?? [])],
  };
}
