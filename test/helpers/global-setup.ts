// Builds the starter handbook once and serves it for every browser test.
import type { TestProject } from 'vitest/node';
import { buildSite } from './build.ts';
import { removeTempDirs } from './project.ts';
import { serveSite } from './server.ts';

declare module 'vitest' {
  export interface ProvidedContext {
    /** Address of the served starter handbook, ending in "/". */
    starterUrl: string;
    /** Folder the starter handbook was built into. */
    starterDir: string;
  }
}

export default async function setup(project: TestProject) {
  const build = await buildSite('content');
  if (build.code !== 0) throw new Error(`Building the starter handbook failed:\n${build.output}`);
  const server = await serveSite(build.outDir);
  project.provide('starterUrl', server.url);
  project.provide('starterDir', build.outDir);
  return async () => {
    await server.close();
    await removeTempDirs();
  };
}
