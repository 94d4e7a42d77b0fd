import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    projects: [
      {
        test: {
          name: 'unit',
          include: ['test/unit/**/*.test.ts'],
          setupFiles: ['test/helpers/setup.ts'],
        },
      },
      {
        // These build real sites with Astro. Builds share the project's generated .astro/ folder,
        // so they run one file at a time; the unit tests run alongside.
        test: {
          name: 'site',
          include: ['test/site/**/*.test.ts', 'test/e2e/**/*.test.ts'],
          fileParallelism: false,
          setupFiles: ['test/helpers/setup.ts'],
          testTimeout: 120_000,
          hookTimeout: 240_000,
          globalSetup: ['test/helpers/global-setup.ts'],
        },
      },
    ],
  },
});
