import type { CodegenConfig } from '@graphql-codegen/cli';

const scalars = { DateTimeISO: 'string' };

/**
 * Typed documents from the committed schema (`npm run codegen`): the web client's, and the server
 * tests' (`graphql(...)` from `server/test/gql`), so a test's query and its result type cannot drift
 * from the schema. Checked by `client/src/codegen.test.ts`.
 */
const config: CodegenConfig = {
  schema: 'schema.graphql',
  ignoreNoDocuments: true,
  generates: {
    'client/src/gql/': {
      documents: ['client/src/**/*.{ts,tsx}', '!client/src/gql/**/*'],
      preset: 'client',
      config: { useTypeImports: true, enumsAsTypes: true, scalars },
    },
    // graphcache's schema awareness (minified by @urql/introspection) and the types of its config.
    'client/src/gql/introspection.ts': {
      plugins: ['urql-introspection'],
      config: { useTypeImports: true },
    },
    'client/src/gql/graphcache.ts': {
      plugins: ['typescript', 'typescript-urql-graphcache'],
      config: { useTypeImports: true, enumsAsTypes: true, scalars },
    },
    'server/test/gql/': {
      documents: ['server/**/*.test.ts', 'server/test/**/*.ts', '!server/test/gql/**/*'],
      preset: 'client',
      presetConfig: { fragmentMasking: false },
      config: {
        useTypeImports: true,
        enumsAsTypes: true,
        scalars,
        documentMode: 'string',
        // Node resolves relative imports only with their extension.
        emitLegacyCommonJSImports: false,
      },
    },
  },
};

export default config;
