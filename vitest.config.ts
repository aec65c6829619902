import { createRequire } from 'node:module';
import swc from 'unplugin-swc';
import { configDefaults, defineConfig } from 'vitest/config';

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

/** The suite of `npm test`; other suites (multi-instance) reuse it with their own files. */
export function suite(include: string[], exclude: string[] = []) {
  return defineConfig({
    plugins: [decorators],
    resolve: { alias: [{ find: /^graphql$/, replacement: graphqlEntry }] },
    test: {
      include,
      exclude: [...configDefaults.exclude, ...exclude],
      setupFiles: ['reflect-metadata'],
      globalSetup: ['server/test/global-setup.ts'],
      testTimeout: 30_000,
      hookTimeout: 60_000,
      pool: 'forks',
    },
  });
}

export default suite(['server/**/*.test.ts'], ['server/test/multi-instance/**']);
