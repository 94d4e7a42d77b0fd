// Handbook projects for tests: folders of their own, as a team's repository would be, so that builds
// never share Astro's generated files and test files can run side by side.
import { cp, mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { dirname, join, resolve } from 'node:path';

/** The repository root: the engine's sources, the starter handbook, the fixtures. */
export const projectRoot = resolve(import.meta.dirname, '../..');

/**
 * Where tests make their folders: inside the repository (git-ignored), not the system's temporary folder,
 * because Astro treats files that share no folder with the project root but "/" as if they were inside it
 * (see normalizeFilename in Astro's Vite plugins), and the engine's components would not be found.
 */
const workArea = join(projectRoot, '.tmp');
const made: string[] = [];

/** A new empty folder, removed when the test file ends (see test/helpers/setup.ts). */
export async function tempDir(prefix: string): Promise<string> {
  await mkdir(workArea, { recursive: true });
  const dir = await mkdtemp(join(workArea, `${prefix}-`));
  made.push(dir);
  return dir;
}

/** Removes every folder `tempDir` made in this test file. */
export async function removeTempDirs(): Promise<void> {
  await Promise.all(made.splice(0).map((dir) => rm(dir, { recursive: true, force: true })));
}

/** What a test project holds: a copy of a fixture handbook as its content folder, and any other files by path. */
export interface ProjectFiles {
  /** A fixture handbook (a content folder, relative to the repository root) copied to `content/`. */
  fixture?: string;
  /** Files by path inside the project, e.g. `{ 'content/guides/x.mdx': '…', 'astro.config.mjs': '…' }`. */
  files?: Record<string, string | Uint8Array>;
}

/** A handbook project in a folder of its own. */
export async function makeProject({ fixture, files = {} }: ProjectFiles = {}): Promise<string> {
  const root = await tempDir('project');
  if (fixture) await cp(resolve(projectRoot, fixture), join(root, 'content'), { recursive: true });
  for (const [path, data] of Object.entries(files)) {
    await mkdir(dirname(join(root, path)), { recursive: true });
    await writeFile(join(root, path), data);
  }
  return root;
}
