import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import mdx from '@astrojs/mdx';
import { isSatteriProcessor } from '@astrojs/markdown-satteri';
import sitemap from '@astrojs/sitemap';
import type { AstroIntegration, AstroIntegrationLogger } from 'astro';
import { keptVerdicts, verdictsDir } from '../lib/diagrams/kept.ts';
import { defaultRegistry, makeRegistry, type CollectionSpec, type Registry } from '../lib/content/collections.ts';
import { countProblems, formatReport, type Problem } from '../lib/content/problems.ts';
import { resolveContentDir, type HandbookLocation } from '../lib/settings.ts';
import { alerts } from './alerts.ts';
import { writeAstroCollections } from '../lib/editor-files.ts';
import { baseLinks } from './base-links.ts';
import { checkForSite, errorSummary, forPreview, problemsError, takeOverOrCheck } from './handbook-state.ts';
import { mermaidFences } from './mermaid-fences.ts';
import { readingAids } from './reading-aids.ts';
import { mermaidModule } from './mermaid-module.ts';
import { startDrawing } from './diagram-drawings.ts';
import { announceDrawings } from '../lib/diagrams/drawings.ts';
import { routesOf } from './routes.ts';
import { writeSearchIndex } from './search-index.ts';
import { builtPageViolations } from './output-check.ts';
import { handbookModules, replaceableComponents, type ReplaceableComponent, type ServedHandbook } from './virtual-modules.ts';
import { searchIndexLine } from '../lib/build-log.ts';

/** Options of the `playbook()` integration, for teams who keep their own `astro.config.mjs`. */
export interface PlaybookOptions {
  /** The content folder, relative to the project root (default `content`); `PLAYBOOK_CONTENT` overrides it. */
  content?: string;
  /**
   * Components to replace with the team's own, as paths of `.astro` files relative to the project root:
   * `Header` and `Footer` (no props) and `HomeHero` (`{ site }`, the settings of site.yaml).
   */
  components?: Partial<Record<ReplaceableComponent, string>>;
  /**
   * Collections a team adds to the built-in ones, by name: each with its folder, schema, labels and,
   * optionally, templates (paths of `.astro` files relative to the project root). See `CollectionSpec`.
   */
  collections?: Readonly<Record<string, CollectionSpec>>;
}

/** The integration object, with the options it was given (read by `playbook check` from a project's config). */
export type PlaybookIntegration = AstroIntegration & { options: PlaybookOptions };

/** The one-line error that stops a build after the report was printed. */
function briefError(problems: readonly Problem[]): Error {
  const error = new Error(`${errorSummary(problems)} (listed above).`);
  error.stack = error.message; // the report above is the useful part, not our stack
  return error;
}

/** Prints a report of problems: warnings as warnings, errors as errors; nothing when there are none. */
function report(problems: readonly Problem[], logger: AstroIntegrationLogger): void {
  const { errors, warnings } = countProblems(problems);
  if (errors === 0 && warnings === 0) return;
  if (errors === 0) logger.warn(`\n${formatReport(problems)}`);
  else logger.error(`The handbook has problems:\n${formatReport(problems)}`);
}

/**
 * Integration Playbooks as an Astro integration: validates the handbook with `check`'s rules before
 * Astro loads anything, injects every page, serves the validated entries to those pages, and adds
 * MDX, the sitemap, Mermaid's browser module and the search index.
 *
 * A build with errors stops before anything is written. The dev server reads the handbook again on
 * every change in the content folder, prints its problems, and shows them on every page until fixed.
 */
export function playbook(options: PlaybookOptions = {}): PlaybookIntegration {
  // The `playbook` command adds this integration to a project's own configuration, which may add it
  // too (with options): the first instance runs, any later one stays idle.
  let active = false;
  let served: ServedHandbook | undefined;
  let location: HandbookLocation;
  let diagramCheck: Promise<Error | undefined> = Promise.resolve(undefined);
  let drawings: Promise<void> = Promise.resolve();
  let base = '/';
  let registry: Registry = defaultRegistry;
  const current = () => {
    if (!served) throw new Error('integration-playbooks: the handbook was read before astro:config:setup ran.');
    return served;
  };
  let modules: ReturnType<typeof handbookModules> | undefined;

  const integration: PlaybookIntegration = {
    name: 'integration-playbooks',
    options,
    hooks: {
      'astro:config:setup': async ({ command, config, logger, updateConfig, injectRoute, addWatchFile }) => {
        // Astro copies each integration object (and its hooks object) while validating its config, but not the functions.
        const first = config.integrations.find((other) => other.name === 'integration-playbooks');
        active = first?.hooks['astro:config:setup'] === integration.hooks['astro:config:setup'];
        if (!active) return;
        const root = fileURLToPath(config.root);
        const components = resolveComponents(options.components ?? {}, root);
        registry = makeRegistry(resolveTemplates(options.collections ?? {}, root));
        location = { root, contentDir: resolveContentDir(root, process.env, options.content) };
        const checked = await takeOverOrCheck(location, process.env, registry);
        const { site } = checked.snapshot;
        served = { snapshot: checked.snapshot, bodies: checked.bodies };
        modules = handbookModules(location.contentDir, current, components);

        if (command === 'build') {
          if (countProblems(checked.problems).errors > 0) {
            const all = [...checked.problems, ...(await checked.diagramProblems)];
            report(all, logger);
            throw briefError(all);
          }
          // Mermaid's parses finish on their worker while Astro starts; astro:build:start waits for them.
          diagramCheck = checked.diagramProblems.then((diagrams) => {
            const all = [...checked.problems, ...diagrams];
            report(all, logger);
            return countProblems(all).errors > 0 ? briefError(all) : undefined;
          });
          diagramCheck.catch(() => {});
          // Authored diagrams are drawn in a headless Chromium meanwhile, when there is one, while Astro starts and
          // Vite bundles; a page with an authored diagram waits for them (src/lib/diagrams/drawings.ts).
          const drawing = startDrawing(root, checked.diagramSources, process.env, logger);
          drawings = drawing.done;
          announceDrawings(drawings);
          if (drawing.folder)
            updateConfig({ vite: { define: { 'import.meta.env.PLAYBOOK_DIAGRAMS': JSON.stringify(drawing.folder) } } });
          if (!site.url)
            logger.info('No sitemap: set url in site.yaml, or PLAYBOOK_SITE_URL, to the public address of the site.');
        } else if (command === 'dev') {
          // The editor learns which files are entries (Astro's extension reads .astro/collections/).
          await writeAstroCollections(location, registry).catch(() => {});
          const all = forPreview([...checked.problems, ...(await checked.diagramProblems)]);
          report(all, logger);
          served.error = problemsError(all, root);
        }

        const processor = config.markdown.processor;
        if (!isSatteriProcessor(processor)) {
          throw new Error(
            'integration-playbooks renders entries with Astro’s default Markdown processor; remove markdown.processor from astro.config.',
          );
        }
        processor.options.mdastPlugins.push(baseLinks(site.base), alerts());
        processor.options.hastPlugins.push(mermaidFences(), readingAids());

        updateConfig({
          ...(site.url ? { site: site.url } : {}),
          base: site.base,
          trailingSlash: 'always',
          // Astro renders one page at a time by default and waits for each file write; three at a time keeps the main
          // thread busy meanwhile: about 18% off rendering at 1,000 guides (see BENCHMARKS.md), same pages.
          build: { concurrency: 3 },
          markdown: {
            // Mermaid fences become diagrams (src/integration/mermaid-fences.ts), not highlighted code.
            syntaxHighlight: { type: 'shiki', excludeLangs: ['math', 'mermaid'] },
            shikiConfig: { themes: { light: 'github-light-default', dark: 'github-dark-default' } },
          },
          devToolbar: { enabled: false },
          vite: {
            plugins: [modules],
            build: {
              // Scripts (and SVG, which can hold script) stay files, never inlined into pages as text or data:
              // addresses: the Content-Security-Policy allows the site's own files and one hashed inline script.
              assetsInlineLimit: (file: string) => (/\.(m?js|svg)$/.test(file) ? false : undefined),
              rollupOptions: {
                // Every MDX module carries Astro's "use astro:head-inject" directive, and the bundler warns about
                // each one; the warning is known and harmless, and at scale it buries the build log.
                onwarn(warning: { code?: string; message: string }, warn: (warning: { code?: string; message: string }) => void) {
                  if (warning.code === 'MODULE_LEVEL_DIRECTIVE' && warning.message.includes('astro:head-inject')) return;
                  warn(warning);
                },
              },
            },
          },
        });

        const self = config.integrations.findIndex((integration) => integration.name === 'integration-playbooks');
        base = site.base;
        config.integrations.splice(self + 1, 0, mdx(), ...(site.url ? [sitemap()] : []), mermaidModule(site.base));
        for (const route of routesOf(registry)) injectRoute(route);
        // Where the site lives is Astro's own configuration: a change of base or url restarts the dev server.
        addWatchFile(fileURLToPath(new URL('site.yaml', `file://${location.contentDir}/`)));
      },

      'astro:server:setup': ({ server, logger }) => {
        if (!active) return;
        server.watcher.add(location.contentDir);
        // Diagrams already parsed are not parsed again on the next save: Mermaid is the slow part of a check.
        const verdicts = keptVerdicts(verdictsDir(location.root, process.env));
        let timer: NodeJS.Timeout | undefined;
        let running = Promise.resolve();
        const reread = () => {
          running = running.then(async () => {
            const checked = await checkForSite(location, process.env, { registry, verdicts });
            await writeAstroCollections(location, registry).catch(() => {});
            const all = forPreview([...checked.problems, ...(await checked.diagramProblems)]);
            const error = problemsError(all, location.root);
            const hadError = Boolean(served?.error);
            served = { snapshot: checked.snapshot, bodies: checked.bodies, error };
            report(all, logger);
            if (!error && hadError) logger.info('The handbook has no errors again.');
            modules?.refresh(server);
          });
          // One failed re-read must not stop every later one: the chain goes on from a settled promise.
          running = running.catch((error: unknown) => {
            logger.error(`Could not re-read the handbook: ${error instanceof Error ? error.message : String(error)}`);
          });
        };
        const onChange = (path: string) => {
          if (!path.startsWith(location.contentDir)) return;
          clearTimeout(timer);
          // Editors write a file in several steps; one read after the burst is enough.
          timer = setTimeout(reread, 60);
        };
        for (const event of ['add', 'change', 'unlink', 'addDir', 'unlinkDir'] as const) server.watcher.on(event, onChange);
      },

      'astro:build:start': async () => {
        if (!active) return;
        const failure = await diagramCheck;
        if (failure) throw failure;
      },

      // The pages are written: prove that none can run script the project did not put there, while Pagefind
      // indexes them in its own process. Either failing fails the build, and nothing is published.
      'astro:build:done': async ({ dir, logger }) => {
        if (!active) return;
        await drawings; // the headless browser has closed
        const site = fileURLToPath(dir).replace(/\/$/, '');
        const started = performance.now();
        const indexing = writeSearchIndex(site);
        indexing.catch(() => {}); // awaited below, after the scan
        const violations = builtPageViolations(site, base);
        if (violations.length) {
          await indexing.catch(() => {});
          const shown = violations.slice(0, 20).join('\n');
          const error = new Error(
            `A built page holds script the handbook may not ship (${violations.length} in all; check's content policy should have refused its source):\n${shown}`,
          );
          error.stack = error.message;
          throw error;
        }
        const { pages } = await indexing;
        logger.info(searchIndexLine(pages, (performance.now() - started) / 1000));
      },
    },
  };
  return integration;
}

/** The team's collections with their template paths made absolute, relative to the project root. */
function resolveTemplates(collections: Readonly<Record<string, CollectionSpec>>, root: string): Record<string, CollectionSpec> {
  const absolute = (template: URL | string | undefined) =>
    typeof template === 'string' ? pathToFileURL(resolve(root, template)) : template;
  return Object.fromEntries(
    Object.entries(collections).map(([name, spec]) => {
      for (const template of [spec.templates?.entry, spec.templates?.index]) {
        const url = absolute(template);
        if (url && !existsSync(url))
          throw new Error(`playbook({ collections }): ${name}'s template ${String(template)} does not exist`);
      }
      const templates = { ...spec.templates, entry: absolute(spec.templates?.entry), index: absolute(spec.templates?.index) };
      return [name, { ...spec, templates: Object.fromEntries(Object.entries(templates).filter(([, v]) => v)) }];
    }),
  );
}

/** The team's replacement components as absolute paths; a name we do not know, or a missing file, is a clear error. */
function resolveComponents(
  components: Partial<Record<string, string>>,
  root: string,
): Partial<Record<ReplaceableComponent, string>> {
  const resolved: Partial<Record<ReplaceableComponent, string>> = {};
  for (const [name, path] of Object.entries(components)) {
    if (!path) continue;
    if (!(name in replaceableComponents)) {
      throw new Error(
        `playbook({ components }): "${name}" cannot be replaced (expected one of: ${Object.keys(replaceableComponents).join(', ')})`,
      );
    }
    const file = resolve(root, path);
    if (!existsSync(file))
      throw new Error(
        `playbook({ components }): ${name} is ${path}, which does not exist (expected an .astro file, relative to ${root})`,
      );
    resolved[name as ReplaceableComponent] = file;
  }
  return resolved;
}

export default playbook;
