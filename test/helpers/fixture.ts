import { afterAll, beforeAll, expect } from 'vitest';
import { buildSite } from './build.ts';
import { serveSite } from './server.ts';

/** Builds a fixture handbook and serves it for the tests of one file: call in a describe block. */
export function servedFixture(content: string): { url: () => string } {
  let url = '';
  let close = async () => {};
  beforeAll(async () => {
    const build = await buildSite(content);
    expect(build.code, build.output).toBe(0);
    ({ url, close } = await serveSite(build.outDir));
  });
  afterAll(() => close());
  return { url: () => url };
}
