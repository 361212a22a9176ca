import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

/**
 * The browser journeys: `vitest run --config test/e2e/vitest.config.ts`. Needs the server and the
 * web app built first (`npm run build && npm run build:web`) and Debian's Chromium.
 */
export default defineConfig({
  root: fileURLToPath(new URL('../..', import.meta.url)),
  test: {
    include: ['test/e2e/**/*.e2e.test.ts'],
    environment: 'node',
    pool: 'forks',
    // One real server, one real browser, a whole hiring round: slow on a loaded 2-core machine.
    testTimeout: 300_000,
    hookTimeout: 120_000,
    fileParallelism: false,
  },
});
