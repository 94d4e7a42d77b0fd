import { BaseSequencer, type TestSpecification } from 'vitest/node';
import { defineConfig } from 'vitest/config';

/**
 * The longest test files, which start first so that none of them is left running alone at the end
 * (a fresh clone has no timings from an earlier run for Vitest to order by).
 */
const longest = ['test/e2e/handbooks-starter.test.ts', 'test/e2e/handbooks-second.test.ts', 'test/site/adoption.test.ts'];

class LongestFirst extends BaseSequencer {
  override async sort(files: TestSpecification[]): Promise<TestSpecification[]> {
    const rank = (spec: TestSpecification) => {
      const index = longest.findIndex((file) => spec.moduleId.endsWith(file));
      return index === -1 ? longest.length : index;
    };
    return (await super.sort(files)).sort((a, b) => rank(a) - rank(b));
  }
}

export default defineConfig({
  test: {
    // One file a core: the builds and browsers the files start keep both cores busy on their own, and a third file
    // at a time only added contention (483 core-seconds of CPU for a run instead of 425, and 20 s longer).
    maxWorkers: 2,
    sequence: { sequencer: LongestFirst },
    projects: [
      {
        test: {
          name: 'unit',
          include: ['test/unit/**/*.test.ts'],
          setupFiles: ['test/helpers/setup.ts'],
          // Pure functions over fixtures: they share one module graph in threads instead of a fresh process a file.
          pool: 'threads',
          isolate: false,
        },
      },
      {
        // These build real sites with Astro, each in a project folder of its own (test/helpers/project.ts), and
        // drive a browser.
        test: {
          name: 'site',
          include: ['test/site/**/*.test.ts', 'test/e2e/**/*.test.ts'],
          setupFiles: ['test/helpers/setup.ts'],
          testTimeout: 120_000,
          // The files share one module graph a worker: each importing the command and its rules afresh cost more
          // CPU than any test. Every file builds into project folders of its own, so nothing else is shared.
          isolate: false,
          hookTimeout: 240_000,
          globalSetup: ['test/helpers/global-setup.ts'],
        },
      },
    ],
  },
});
