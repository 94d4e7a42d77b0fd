// Builds, once for every browser test, the handbooks they read: the reader fixture (every page type, with
// facts the tests can name) and the starter handbook in content/ (checked only in general terms). Both
// builds run side by side, each in a project folder of its own.
import type { TestProject } from 'vitest/node';
import { buildSite } from './build.ts';
import { removeTempDirs } from './project.ts';
import { serveSite } from './server.ts';

declare module 'vitest' {
  export interface ProvidedContext {
    /** Address of the served reader fixture (test/fixtures/reader), ending in "/". */
    readerUrl: string;
    /** Folder the reader fixture was built into. */
    readerDir: string;
    /** Address of the served starter handbook (content/), ending in "/". */
    starterUrl: string;
    /** Folder the starter handbook was built into. */
    starterDir: string;
  }
}

export default async function setup(project: TestProject) {
  const [reader, starter] = await Promise.all([buildSite('test/fixtures/reader'), buildSite('content')]);
  for (const [name, build] of [
    ['test/fixtures/reader', reader],
    ['content', starter],
  ] as const) {
    if (build.code !== 0) throw new Error(`Building ${name} failed:\n${build.output}`);
  }
  const servers = await Promise.all([serveSite(reader.outDir), serveSite(starter.outDir)]);
  project.provide('readerUrl', servers[0].url);
  project.provide('readerDir', reader.outDir);
  project.provide('starterUrl', servers[1].url);
  project.provide('starterDir', starter.outDir);
  return async () => {
    await Promise.all(servers.map((server) => server.close()));
    await removeTempDirs();
  };
}
