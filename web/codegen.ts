import type { CodegenConfig } from '@graphql-codegen/cli';

/**
 * Typed operations for the client, from the committed server schema: every
 * `graphql(…)` call under src/ becomes a TypedDocumentString in src/data/gql/.
 * Documents stay plain strings (no graphql-js in the browser bundle).
 * Run `pnpm --filter @dsv/web codegen` after changing an operation or the schema;
 * test/web/codegen.test.ts fails while the committed output is stale.
 */
const config: CodegenConfig = {
  schema: '../server/schema.graphql',
  documents: ['src/**/*.{ts,tsx}', '!src/data/gql/**'],
  ignoreNoDocuments: false,
  generates: {
    'src/data/gql/': {
      preset: 'client',
      presetConfig: { fragmentMasking: false },
      config: {
        documentMode: 'string',
        enumsAsTypes: true,
        skipTypename: true,
        useTypeImports: true,
        strictScalars: true,
        scalars: { ID: 'string', DateTime: 'string', Date: 'string' },
      },
    },
  },
};

export default config;
