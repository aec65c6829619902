import { defineConfig } from 'vitest/config';
import { serverProject } from './vitest.config.js';

/** The multi-instance suite: several API servers sharing PostgreSQL and a real Redis. */
export default defineConfig({
  test: {
    projects: [serverProject('multi-instance', ['server/test/multi-instance/**/*.test.ts'])],
  },
});
