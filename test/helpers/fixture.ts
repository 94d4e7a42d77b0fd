import { afterAll, beforeAll, expect, inject } from 'vitest';
import { buildSite } from './build.ts';
import { serveSite } from './server.ts';

/** Fixtures whose authored diagrams the build leaves to the reader's browser, so that the tests cover that path too. */
const drawnInTheBrowser = new Set(['test/fixtures/diagrams']);

/** How a fixture is built: under its base path, and with or without drawing its diagrams at build time. */
export function fixtureEnv(content: string, base: string): Record<string, string> {
  return {
    ...(base === '/' ? {} : { PLAYBOOK_BASE: base }),
    ...(drawnInTheBrowser.has(content) ? { PLAYBOOK_BROWSER: 'none' } : {}),
  };
}

/**
 * Builds a fixture handbook and serves it for the tests of one file: call in a describe block.
 * `base` builds and serves it under a base path, as a project site is (`url()` then ends with it);
 * `dir()` is the folder the site was built into.
 */
export function servedFixture(content: string, base = '/'): { url: () => string; dir: () => string } {
  let url = '';
  let dir = '';
  let close = async () => {};
  beforeAll(async () => {
    // Built once for the whole run when several files read it (test/helpers/global-setup.ts), else here.
    const built = inject('builtFixtures')?.[`${content}@${base}`];
    if (built) dir = built;
    else {
      const build = await buildSite(content, fixtureEnv(content, base));
      expect(build.code, build.output).toBe(0);
      dir = build.outDir;
    }
    ({ url, close } = await serveSite(dir, base));
  });
  afterAll(() => close());
  return { url: () => url, dir: () => dir };
}
