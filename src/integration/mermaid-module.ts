import { readFileSync } from 'node:fs';
import { cp, readFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { withBase } from '../lib/urls.ts';

/** Mermaid's own minified browser build: an entry module and the chunks it imports, self-contained. */
const distDir = dirname(fileURLToPath(import.meta.resolve('mermaid')));
const entry = 'mermaid.esm.min.mjs';
const chunks = 'chunks/mermaid.esm.min';
const { version } = JSON.parse(readFileSync(join(distDir, '..', 'package.json'), 'utf8')) as { version: string };
/** Where the files are served, under the site's base; versioned, so a host may cache them for good. */
const folder = `_playbook/mermaid-${version}/`;
/** A file of Mermaid's browser build, by its path inside the served folder (no other path matches). */
const servedFile = new RegExp(`^(${entry.replaceAll('.', '\\.')}|${chunks}/[\\w-]+\\.mjs)$`);

/**
 * Serves Mermaid's pre-built browser bundle as static files instead of bundling it with Vite in every
 * build: re-bundling its 3 MB of JavaScript cost about 2 s a build, whatever the number of pages.
 * Client code imports it from `import.meta.env.PLAYBOOK_MERMAID` when a diagram nears the viewport;
 * the build copies the files into the site, and the dev server serves them from node_modules.
 */
export function mermaidModule(base: string): AstroIntegration {
  const url = withBase(base, `/${folder}${entry}`);
  return {
    name: 'playbook-mermaid-module',
    hooks: {
      'astro:config:setup': ({ updateConfig }) => {
        updateConfig({ vite: { define: { 'import.meta.env.PLAYBOOK_MERMAID': JSON.stringify(url) } } });
      },
      'astro:server:setup': ({ server }) => {
        // Vite has already taken the base off request.url by the time our middleware sees it.
        const prefix = `/${folder}`;
        server.middlewares.use((request, response, next) => {
          const path = request.url?.split('?')[0] ?? '';
          const file = path.startsWith(prefix) ? path.slice(prefix.length) : '';
          if (!servedFile.test(file)) return next();
          readFile(join(distDir, file)).then(
            (body) => response.setHeader('Content-Type', 'text/javascript').end(body),
            () => next(),
          );
        });
      },
      'astro:build:done': async ({ dir }) => {
        const target = join(fileURLToPath(dir), folder);
        await cp(join(distDir, entry), join(target, entry));
        await cp(join(distDir, chunks), join(target, chunks), {
          recursive: true,
          filter: (source) => !source.endsWith('.map'),
        });
      },
    },
  };
}
