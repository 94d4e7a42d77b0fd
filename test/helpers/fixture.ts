import { afterAll, beforeAll, expect } from 'vitest';
import { buildSite } from './build.ts';
import { serveSite } from './server.ts';

/**
 * Builds a fixture handbook and serves it for the tests of one file: call in a describe block.
 * `base` builds and serves it under a base path, as a project site is (`url()` then ends with it).
 */
export function servedFixture(content: string, base = '/'): { url: () => string } {
  let url = '';
  let close = async () => {};
  beforeAll(async () => {
    const build = await buildSite(content, base === '/' ? {} : { PLAYBOOK_BASE: base });
    expect(build.code, build.output).toBe(0);
    ({ url, close } = await serveSite(build.outDir, base));
  });
  afterAll(() => close());
  return { url: () => url };
}
