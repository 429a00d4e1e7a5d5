import { defineConfig } from 'vitest/config';

// Document checks: generated .docx files go through LibreOffice (headless) to PDF and are read
// back with poppler. Slow (a few seconds per conversion), so they run apart from the unit tests
// and one file at a time.
export default defineConfig({
  test: {
    include: ['tests/docs/**/*.test.ts'],
    environment: 'node',
    pool: 'forks',
    fileParallelism: false,
    testTimeout: 180_000,
    hookTimeout: 60_000,
  },
});
