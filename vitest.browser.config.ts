import { defineConfig } from 'vitest/config';
import { serverProject } from './vitest.config.js';

const browser = serverProject('browser', ['server/test/browser/**/*.test.ts']);

/**
 * The browser suite: the real server with the built web client, driven in Debian's Chromium by
 * playwright-core. Needs `npm run build:client` first (.ci/run does it).
 */
export default defineConfig({
  test: {
    projects: [
      { ...browser, test: { ...browser.test, testTimeout: 120_000, fileParallelism: false } },
    ],
  },
});
