import { DatabaseError, type Db } from '@dsv/neo4j';
import { seedIfEmpty } from '@dsv/seed';
import type { Logger } from './common/logger.js';

/**
 * Prepares the database (schema, illustrative data when empty). If Neo4j does
 * not answer or refuses the credentials, logs one readable line and tries
 * again every `retryMs`, so the server keeps running and `/healthz` reports
 * the outage instead of the process crashing.
 */
export function prepareDatabase(db: Db, logger: Logger, opts: { seedWhenEmpty: boolean; retryMs?: number }) {
  let timer: NodeJS.Timeout | undefined;
  let lastMessage = '';
  let stopped = false;
  const ready = new Promise<void>((resolveReady) => {
    const attempt = async () => {
      try {
        await db.ping();
        await db.applySchema();
        if (opts.seedWhenEmpty) await seedIfEmpty(db, (m) => logger.info(m));
        logger.info('database ready');
        resolveReady();
      } catch (err) {
        const message = err instanceof DatabaseError ? err.message : `database preparation failed: ${(err as Error).message}`;
        if (message !== lastMessage) logger.error(message);
        lastMessage = message;
        if (!stopped) timer = setTimeout(attempt, opts.retryMs ?? 5000);
      }
    };
    void attempt();
  });
  return {
    ready,
    stop() {
      stopped = true;
      if (timer) clearTimeout(timer);
    },
  };
}
