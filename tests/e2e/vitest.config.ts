import { defineConfig } from 'vitest/config';

// End-to-end tests drive the browser shell (Debian's Chromium here). One at a time: each launches
// its own browser and data folder, and the machine has two cores.
export default defineConfig({
  test: {
    include: ['tests/e2e/**/*.e2e.test.ts'],
    environment: 'node',
    pool: 'forks',
    fileParallelism: false,
    testTimeout: 90_000,
    hookTimeout: 60_000,
  },
});
