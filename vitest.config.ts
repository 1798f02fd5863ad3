import { defineConfig } from 'vitest/config';

// One run for every tier: unit tests (no database), integration tests against
// a real Neo4j started once for the run (test/setup/global-neo4j.ts), and
// browser tests in Debian's Chromium. Files run one at a time because
// Neo4j Community has a single user database; each file owns its data.
export default defineConfig({
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
