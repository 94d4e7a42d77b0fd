// Builds, once for every browser test, the handbooks they read: the reader fixture (every page type, with
// facts the tests can name) and the starter handbook in content/ (checked only in general terms). Both
// builds run side by side, each in a project folder of its own.
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { TestProject } from 'vitest/node';
import { buildSite } from './build.ts';
import { fixtureEnv } from './fixture.ts';
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
    /** Other fixtures several test files read, built once: "<content folder>@<base>" → the folder built into. */
    builtFixtures: Record<string, string>;
  }
}

/** Fixtures more than one test file serves (see `servedFixture`): built here once rather than once a file. */
export const sharedFixtures = [
  { content: 'test/fixtures/components', base: '/' },
  { content: 'test/fixtures/diagrams', base: '/playbook/' },
];

export default async function setup(project: TestProject) {
  // Every temporary file of the run, whoever makes it (Chromium's profiles, Node's compile caches, the builds' own),
  // goes in one folder outside the repository, which the run removes at its end: a browser a test worker leaves
  // open when it stops leaves its profile there. The test workers start after this and inherit it.
  const runTemp = await mkdtemp(join(tmpdir(), 'playbook-tests-'));
  process.env['TMPDIR'] = runTemp;
  const builds = await Promise.all([
    buildSite('test/fixtures/reader', {}, 'test/fixtures/reader-public'),
    buildSite('content'),
    ...sharedFixtures.map(({ content, base }) => buildSite(content, fixtureEnv(content, base))),
  ]);
  const names = ['test/fixtures/reader', 'content', ...sharedFixtures.map(({ content, base }) => `${content}@${base}`)];
  builds.forEach((build, index) => {
    if (build.code !== 0) throw new Error(`Building ${names[index]} failed:\n${build.output}`);
  });
  const [reader, starter] = builds as [(typeof builds)[0], (typeof builds)[0]];
  project.provide(
    'builtFixtures',
    Object.fromEntries(sharedFixtures.map(({ content, base }, index) => [`${content}@${base}`, builds[index + 2]!.outDir])),
  );
  const servers = await Promise.all([serveSite(reader.outDir), serveSite(starter.outDir)]);
  project.provide('readerUrl', servers[0].url);
  project.provide('readerDir', reader.outDir);
  project.provide('starterUrl', servers[1].url);
  project.provide('starterDir', starter.outDir);
  return async () => {
    await Promise.all(servers.map((server) => server.close()));
    await removeTempDirs();
    await rm(runTemp, { recursive: true, force: true });
  };
}
