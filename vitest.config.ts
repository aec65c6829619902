import { createRequire } from 'node:module';
import react from '@vitejs/plugin-react';
import swc from 'unplugin-swc';
import { configDefaults, defineConfig, type TestProjectInlineConfiguration } from 'vitest/config';

// esbuild emits no decorator metadata, which MikroORM and type-graphql read: compile with swc.
const decorators = swc.vite({
  jsc: {
    parser: { syntax: 'typescript', decorators: true },
    transform: { legacyDecorator: true, decoratorMetadata: true, useDefineForClassFields: false },
    target: 'es2022',
  },
});

// graphql must be one module instance: Node loads its CommonJS build for graphql-ws and
// type-graphql, so our own imports must not get the .mjs build.
const graphqlEntry = createRequire(import.meta.url).resolve('graphql');

/** The server's tests: real PostgreSQL (global setup), real sockets. */
export function serverProject(
  name: string,
  include: string[],
  exclude: string[] = [],
): TestProjectInlineConfiguration {
  return {
    plugins: [decorators],
    resolve: { alias: [{ find: /^graphql$/, replacement: graphqlEntry }] },
    test: {
      name,
      include,
      exclude: [...configDefaults.exclude, ...exclude],
      setupFiles: ['reflect-metadata'],
      globalSetup: ['server/test/global-setup.ts'],
      testTimeout: 30_000,
      hookTimeout: 60_000,
      pool: 'forks',
    },
  };
}

/** The web client's component and logic tests, in jsdom. */
const clientProject: TestProjectInlineConfiguration = {
  plugins: [react()],
  test: {
    name: 'client',
    include: ['client/src/**/*.test.{ts,tsx}'],
    environment: 'jsdom',
    testTimeout: 30_000,
    // The colour tokens' test reads tokens.css (`?raw`); other CSS stays out of the tests.
    css: { include: [/tokens\.css/] },
  },
};

/** `npm test`: server and client. The multi-instance and browser suites have their own configs. */
export default defineConfig({
  test: {
    projects: [
      serverProject(
        'server',
        ['server/**/*.test.ts'],
        ['server/test/multi-instance/**', 'server/test/browser/**', 'server/test/faults/**'],
      ),
      clientProject,
    ],
  },
});
