// @ts-check
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import sitemap from '@astrojs/sitemap';
import { satteri } from '@astrojs/markdown-satteri';
import { playbook } from './src/integration/index.ts';
import { baseLinks } from './src/integration/base-links.ts';
import { mermaidFences } from './src/integration/mermaid-fences.ts';
import { mermaidModule } from './src/integration/mermaid-module.ts';
import { searchIndex } from './src/integration/search-index.ts';
import { contentCacheDir, readSiteSettings, resolveContentDir } from './src/lib/settings.ts';

const root = fileURLToPath(new URL('.', import.meta.url));
const contentDir = resolveContentDir(root, process.env);
// Invalid settings fall back to defaults here; the playbook integration reports them with every other problem.
const { site } = await readSiteSettings({ root, contentDir }, process.env);

export default defineConfig({
  ...(site.url ? { site: site.url } : {}),
  base: site.base,
  trailingSlash: 'always',
  // Astro renders one page at a time by default and waits for each file write; three at a time keeps the main
  // thread busy meanwhile: about 18% off rendering at 1,000 guides (see BENCHMARKS.md), same pages.
  build: { concurrency: 3 },
  cacheDir: contentCacheDir(root, contentDir),
  markdown: {
    processor: satteri({ mdastPlugins: [baseLinks(site.base)], hastPlugins: [mermaidFences()] }),
    // Mermaid fences become diagrams (src/integration/mermaid-fences.ts), not highlighted code.
    syntaxHighlight: { type: 'shiki', excludeLangs: ['math', 'mermaid'] },
    shikiConfig: { themes: { light: 'github-light-default', dark: 'github-dark-default' } },
  },
  integrations: [
    playbook({ root, contentDir }),
    mdx(),
    ...(site.url ? [sitemap()] : []),
    mermaidModule(site.base),
    searchIndex(),
  ],
  devToolbar: { enabled: false },
  vite: {
    build: {
      rollupOptions: {
        // Every MDX module carries Astro's "use astro:head-inject" directive, and the bundler warns about
        // each one; the warning is known and harmless, and at scale it buries the build log.
        onwarn(warning, warn) {
          if (warning.code === 'MODULE_LEVEL_DIRECTIVE' && warning.message.includes('astro:head-inject')) return;
          warn(warning);
        },
      },
    },
  },
});
