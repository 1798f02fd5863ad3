import { rmSync } from 'node:fs';
import { join } from 'node:path';
import type { TestProject } from 'vitest/node';
import { startEmbedded, type EmbeddedNeo4j } from '@dsv/neo4j';

declare module 'vitest' {
  export interface ProvidedContext {
    neo4j: { uri: string; user: string; password: string };
  }
}

const root = join(import.meta.dirname, '..', '..');
let embedded: EmbeddedNeo4j | undefined;

/**
 * Starts the tests' own Neo4j: the embedded one on NEO4J_TEST_BOLT_PORT
 * (default 7688) with a wiped data folder (NEO4J_TEST_DATA_DIR, default
 * .data-test/), never the user's data. Set
 * NEO4J_TEST_URI (+ NEO4J_TEST_USER, NEO4J_TEST_PASSWORD) to test against
 * another Neo4j instead; its database is emptied by the tests.
 */
export async function setup(project: TestProject): Promise<void> {
  if (process.env.NEO4J_TEST_URI) {
    project.provide('neo4j', {
      uri: process.env.NEO4J_TEST_URI,
      user: process.env.NEO4J_TEST_USER ?? 'neo4j',
      password: process.env.NEO4J_TEST_PASSWORD ?? '',
    });
    return;
  }
  const dataDir = process.env.NEO4J_TEST_DATA_DIR ?? join(root, '.data-test');
  rmSync(dataDir, { recursive: true, force: true });
  const password = 'dsvkaart-test';
  embedded = await startEmbedded({
    dataDir,
    port: Number(process.env.NEO4J_TEST_BOLT_PORT ?? 7688),
    password,
    heap: '1g',
    pageCache: '256m',
    log: (m) => process.stderr.write(`${m}\n`),
  });
  project.provide('neo4j', { uri: embedded.uri, user: 'neo4j', password });
}

export async function teardown(): Promise<void> {
  await embedded?.stop();
}
