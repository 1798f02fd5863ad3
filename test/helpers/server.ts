import { inject } from 'vitest';
import { createApp, type App } from '@dsv/server';
import { loadConfig } from '@dsv/server/config';
import { createLogger } from '@dsv/server/logger';
import type { Db } from '@dsv/neo4j';

export interface TestServer {
  url: string;
  app: App;
  /** POSTs a GraphQL operation as JSON and returns status and body. */
  gql<T = Record<string, unknown>>(query: string, variables?: Record<string, unknown>): Promise<{ status: number; body: GqlBody<T> }>;
  close(): Promise<void>;
}

export interface GqlBody<T> {
  data?: T;
  errors?: { message: string; extensions?: { code?: string } }[];
}

/** Runs the real HTTP app on a free port against the tests' Neo4j. */
export async function startTestServer(db: Db, env: Record<string, string> = {}): Promise<TestServer> {
  const { uri, user, password } = inject('neo4j');
  const config = loadConfig({ NEO4J_URI: uri, NEO4J_USER: user, NEO4J_PASSWORD: password, NODE_ENV: 'test', ...env });
  const app = await createApp(config, db, createLogger(process.env.TEST_LOG_LEVEL ?? 'silent'));
  const port = await app.listen(0, '127.0.0.1');
  const url = `http://127.0.0.1:${port}`;
  return {
    url,
    app,
    async gql(query, variables) {
      const res = await fetch(`${url}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ query, variables }),
      });
      return { status: res.status, body: (await res.json()) as GqlBody<never> };
    },
    async close() {
      await app.stop();
    },
  };
}
