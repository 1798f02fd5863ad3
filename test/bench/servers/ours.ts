import { createApp, type App } from '@dsv/server';
import { loadConfig } from '@dsv/server/config';
import { createLogger } from '@dsv/server/logger';
import type { BenchDatabase } from '../db/database.js';
import { RecordingDb } from './recording-db.js';

/** Ten minutes: the largest budget the settings accept. */
const BENCH_BUDGET_MS = 600_000;

export interface OurServer {
  url: string;
  db: RecordingDb;
  close(): Promise<void>;
}

/**
 * Our GraphQL server, in process, on a free loopback port, as in production
 * (NODE_ENV=production, logs off) but with time budgets of the settings'
 * maximum: the bench measures how long tier L operations take, so the 10 s
 * default must not cut them off.
 */
export async function startOurServer(bench: BenchDatabase, opts: { cached?: boolean } = {}): Promise<OurServer> {
  const config = loadConfig({
    NODE_ENV: 'production',
    LOG_LEVEL: 'silent',
    SEED_WHEN_EMPTY: 'false',
    QUERY_TIMEOUT_MS: String(BENCH_BUDGET_MS),
    REQUEST_TIMEOUT_MS: String(BENCH_BUDGET_MS),
    NEO4J_URI: bench.uri,
    NEO4J_USER: bench.user,
    NEO4J_PASSWORD: bench.password,
    // The bench counts round trips through its RecordingDb: GraphQL runs in this thread, and every run
    // computes its answer (the latency tables compare computations). `cached` is the server as it runs by
    // default: GraphQL in worker threads behind the response cache.
    ...(opts.cached ? {} : { GRAPHQL_WORKERS: '0', RESPONSE_CACHE: '0' }),
  });
  const db = new RecordingDb(bench.driver, bench.uri);
  const app: App = await createApp(config, db, createLogger('silent'));
  const port = await app.listen(0, '127.0.0.1');
  await app.executor;
  return { url: `http://127.0.0.1:${port}/graphql`, db, close: () => app.stop() };
}
