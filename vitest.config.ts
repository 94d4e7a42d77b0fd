import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    // Two cores: three files at a time keeps both busy while builds and browsers wait on disk and each other.
    maxWorkers: 3,
    projects: [
      {
        test: {
          name: 'unit',
          include: ['test/unit/**/*.test.ts'],
          setupFiles: ['test/helpers/setup.ts'],
        },
      },
      {
        // These build real sites with Astro, each in a project folder of its own (test/helpers/project.ts), and
        // drive a browser; they wait on other processes most of the time, so several files run at once.
        test: {
          name: 'site',
          include: ['test/site/**/*.test.ts', 'test/e2e/**/*.test.ts'],
          setupFiles: ['test/helpers/setup.ts'],
          testTimeout: 120_000,
          hookTimeout: 240_000,
          globalSetup: ['test/helpers/global-setup.ts'],
        },
      },
    ],
  },
});
