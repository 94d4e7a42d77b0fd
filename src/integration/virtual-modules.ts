import { relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Plugin, ViteDevServer } from 'vite';
import { outlineMdx } from '../lib/content/body.ts';
import { contentPolicyProblems } from '../lib/content/policy.ts';
import { formatProblem, type Problem } from '../lib/content/problems.ts';
import { readText } from '../lib/content/read.ts';
import { splitFrontmatter } from '../lib/content/source.ts';
import { entryComponents } from '../lib/entry-components.ts';
import type { HandbookSnapshot } from '../lib/snapshot.ts';

/** The modules pages import to reach the validated handbook (declared for TypeScript in src/virtual.d.ts). */
export const moduleIds = {
  /** `export default` the snapshot: every validated entry, the site settings and the models. */
  handbook: 'virtual:integration-playbooks/handbook',
  /** `export default` a map from entry key to a function that imports that entry's compiled MDX. */
  bodies: 'virtual:integration-playbooks/bodies',
} as const;

const resolved = (id: string) => `\0${id}`;

/** The part of Vite's module runner cache that invalidation needs. */
interface EvaluatedModules {
  getModuleById(id: string): object | undefined;
  invalidateModule(module: object): void;
}

/**
 * Makes the dev server read the handbook's modules again on the next page load, and makes Astro forget what it
 * worked out from them for its pages (getStaticPaths and their props), as Astro's own content layer does when
 * its data changes.
 */
function forgetHandbook(server: ViteDevServer): void {
  const timestamp = Date.now();
  for (const [name, environment] of Object.entries(server.environments)) {
    for (const id of Object.values(moduleIds)) {
      const module = environment.moduleGraph.getModuleById(resolved(id));
      if (module) environment.moduleGraph.invalidateModule(module, undefined, timestamp, true);
      // A runnable environment (Astro's server side) also keeps evaluated modules; Vite's own check for one
      // is a runtime import of Vite, which the package does not depend on directly.
      const runner = (environment as { runner?: { evaluatedModules: EvaluatedModules } }).runner;
      const evaluated = runner?.evaluatedModules.getModuleById(resolved(id));
      if (evaluated) runner!.evaluatedModules.invalidateModule(evaluated);
    }
    if (name !== 'client') environment.hot.send('astro:content-changed', {});
  }
}

/** The components a team may replace, with the file of ours each stands for (two levels up from src/integration and lib/integration alike). */
export const replaceableComponents = {
  Header: new URL('../../src/components/Header.astro', import.meta.url),
  Footer: new URL('../../src/components/Footer.astro', import.meta.url),
  HomeHero: new URL('../../src/components/HomeHero.astro', import.meta.url),
} as const;
export type ReplaceableComponent = keyof typeof replaceableComponents;

const componentPrefix = 'virtual:integration-playbooks/components/';

/** What the plugin serves; the integration replaces it whenever the handbook is read again. */
export interface ServedHandbook {
  snapshot: HandbookSnapshot;
  /** Absolute paths of MDX entry files by entry key. */
  bodies: ReadonlyMap<string, string>;
  /** Set while the handbook has errors: every page then shows it (dev only; a build stops instead). */
  error?: Error | undefined;
}

/** Whether `path` lies inside `folder` (both absolute). */
function isInside(folder: string, path: string): boolean {
  const rel = relative(folder, path);
  return rel !== '' && !rel.startsWith('..') && !rel.startsWith(sep) && !/^[a-z]:/i.test(rel);
}

/**
 * Entry bodies as the MDX compiler receives them: the frontmatter is blanked line for line (the pages
 * get the validated data from the snapshot, never Astro's own YAML reading, and lines keep their numbers),
 * and a leading byte-order mark is dropped.
 */
export function bodyForCompiler(text: string): string {
  const source = text.startsWith('\uFEFF') ? text.slice(1) : text;
  const split = splitFrontmatter(source);
  if (split.frontmatter === undefined) return source;
  const frontmatterLines = source.length - split.body.length;
  return source.slice(0, frontmatterLines).replace(/[^\n]/g, '') + split.body;
}

/**
 * An entry's body for the MDX compiler, checked once more against the content policy right where it would be
 * compiled: whatever path led here (a build, a dev server's request), no entry that imports, exports or runs
 * code is ever compiled, and so never runs on the machine or in a reader's browser.
 */
function guardedBody(path: string): string {
  const file = relative(process.cwd(), path).split(sep).join('/');
  const read = readText(path, file);
  if ('problem' in read) throw refusal(path, file, [read.problem]);
  const body = outlineMdx(read.text, file);
  const problems = body.tree ? contentPolicyProblems(body.tree, file, { components: entryComponents }) : body.problems;
  if (problems.length) throw refusal(path, file, problems);
  return bodyForCompiler(read.text);
}

/** The error for an entry that must not be compiled, pointing at its first problem (for Astro's overlay). */
function refusal(path: string, file: string, problems: readonly Problem[]): Error {
  const first = problems[0]!;
  const more = problems.length > 1 ? ` (and ${problems.length - 1} more)` : '';
  const error = new Error(`${file} is refused: ${formatProblem(first)}${more}`);
  error.stack = error.message;
  return Object.assign(error, {
    id: path,
    loc: { file: path, line: first.line ?? 1, column: first.column ?? 1 },
    ...(first.hint ? { hint: first.hint } : {}),
  });
}

/**
 * Serves the validated handbook to the pages as virtual modules, and hands the MDX compiler each
 * entry's body without its frontmatter. `refresh()` makes the dev server's next page load read the
 * handbook again, without a restart.
 */
export function handbookModules(
  contentDir: string,
  current: () => ServedHandbook,
  /** Absolute paths of the team's replacements, by component. */
  components: Partial<Record<ReplaceableComponent, string>> = {},
): Plugin & { refresh(server: ViteDevServer): void } {
  /** How many times the dev server has read the handbook again. */
  let reads = 0;
  return {
    name: 'integration-playbooks:handbook',
    enforce: 'pre',
    resolveId(id) {
      if (id === moduleIds.handbook || id === moduleIds.bodies) return resolved(id);
      if (id.startsWith(componentPrefix) && id.slice(componentPrefix.length) in replaceableComponents) return resolved(id);
      return undefined;
    },
    load(id) {
      if (id === resolved(moduleIds.handbook)) {
        const served = current();
        if (served.error) throw served.error;
        // JSON.parse of a string literal is faster for engines than the same data as an object literal.
        return `export default JSON.parse(${JSON.stringify(JSON.stringify(served.snapshot))});`;
      }
      if (id === resolved(moduleIds.bodies)) {
        const lines = [...current().bodies].map(
          ([key, path]) => `  ${JSON.stringify(key)}: () => import(${JSON.stringify(path)}),`,
        );
        return `export default {\n${lines.join('\n')}\n};`;
      }
      if (id.startsWith(resolved(componentPrefix))) {
        const name = id.slice(resolved(componentPrefix).length) as ReplaceableComponent;
        const file = components[name] ?? fileURLToPath(replaceableComponents[name]);
        return `export { default } from ${JSON.stringify(file)};`;
      }
      const path = id.split('?')[0] ?? '';
      if (path.endsWith('.mdx') && isInside(contentDir, path)) return guardedBody(path);
      return undefined;
    },
    configureServer(server) {
      // A page load under way while the handbook was read again may finish evaluating the old modules, or store
      // what it worked out from them, after they were forgotten: once it has ended, they are forgotten once more.
      server.middlewares.use((_request, response, next) => {
        const began = reads;
        response.once('close', () => {
          if (reads !== began) forgetHandbook(server);
        });
        next();
      });
    },
    refresh(server) {
      reads++;
      forgetHandbook(server);
      server.environments.client.hot.send({ type: 'full-reload', path: '*' });
    },
  };
}
