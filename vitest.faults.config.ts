import { defineConfig } from 'vitest/config';
import { serverProject } from './vitest.config.js';

/**
 * The fault suite: the app as a child process killed, stopped and restarted; SMTP servers that
 * tarpit, refuse and hang up; a frozen database. Slow by nature, so it runs on its own (CI runs it
 * beside the others), one file at a time so timings of one fault do not disturb another.
 */
export default defineConfig({
  test: {
    projects: [serverProject('faults', ['server/test/faults/**/*.test.ts'])],
    fileParallelism: false,
  },
});
