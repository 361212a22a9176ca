import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['src/**/*.test.ts', 'test/**/*.test.ts'],
    exclude: ['test/e2e/**', 'node_modules/**', 'dist/**'],
    // A loaded 2-core machine: generous timeouts, no timing assertions in tests.
    testTimeout: 30_000,
    hookTimeout: 30_000,
    pool: 'forks',
  },
});
