import swc from 'unplugin-swc';
import { defineConfig } from 'vitest/config';

// esbuild emits no decorator metadata, which MikroORM and type-graphql read: compile with swc.
const decorators = swc.vite({
  jsc: {
    parser: { syntax: 'typescript', decorators: true },
    transform: { legacyDecorator: true, decoratorMetadata: true, useDefineForClassFields: false },
    target: 'es2022',
  },
});

export default defineConfig({
  plugins: [decorators],
  test: {
    include: ['server/**/*.test.ts'],
    setupFiles: ['reflect-metadata'],
    globalSetup: ['server/test/global-setup.ts'],
    testTimeout: 30_000,
    hookTimeout: 60_000,
    pool: 'forks',
  },
});
