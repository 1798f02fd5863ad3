import { createRequire } from 'node:module';
import { defineConfig } from 'vitest/config';

// graphql 16 ships CommonJS (main) and ESM (module) builds of the same classes. Node
// loads the CommonJS one for everyone (type-graphql, Apollo, graphql-scalars and the
// server's own code); Vite would hand the server's code the ESM one, and a scalar the
// server makes would then not be an instance of the class type-graphql checks for.
const graphql = createRequire(import.meta.url).resolve('graphql');

// One run for every tier: unit tests (no database), integration tests against
// a real Neo4j started once for the run (test/setup/global-neo4j.ts), and
// browser tests in Debian's Chromium. Files run one at a time because
// Neo4j Community has a single user database; each file owns its data.
export default defineConfig({
  resolve: { alias: [{ find: /^graphql$/, replacement: graphql }] },
  test: {
    include: ['{cypher,neo4j,server,seed,test}/**/*.test.ts'],
    exclude: ['**/node_modules/**', 'test/bench/**'],
    globalSetup: ['test/setup/global-neo4j.ts'],
    fileParallelism: false,
    pool: 'forks',
    testTimeout: 60_000,
    hookTimeout: 300_000,
    // Browser tests poll the page until it shows what the API says; on a busy
    // 2-core machine that can take more than vitest's default second.
    expect: { poll: { timeout: 15_000, interval: 100 } },
    reporters: ['default'],
  },
});
