import { createApp, type App } from '@dsv/server';
import { loadConfig } from '@dsv/server/config';
import { createLogger } from '@dsv/server/logger';
import type { BenchDatabase } from '../db/database.js';
import { RecordingDb } from './recording-db.js';

export interface OurServer {
  url: string;
  db: RecordingDb;
  close(): Promise<void>;
}

/** Our GraphQL server, in process, on a free loopback port, as in production (NODE_ENV=production, logs off). */
export async function startOurServer(bench: BenchDatabase): Promise<OurServer> {
  const config = loadConfig({
    NODE_ENV: 'production',
    LOG_LEVEL: 'silent',
    SEED_WHEN_EMPTY: 'false',
    NEO4J_URI: bench.uri,
    NEO4J_USER: bench.user,
    NEO4J_PASSWORD: bench.password,
  });
  const db = new RecordingDb(bench.driver, bench.uri);
  const app: App = await createApp(config, db, createLogger('silent'));
  const port = await app.listen(0, '127.0.0.1');
  return { url: `http://127.0.0.1:${port}/graphql`, db, close: () => app.stop() };
}
