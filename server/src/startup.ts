import { DatabaseError, type Db } from '@dsv/neo4j';
import { seedIfEmpty } from '@dsv/seed';
import type { Logger } from './common/logger.js';

export interface Preparation {
  /** Resolves once the schema is applied and the first data is loaded. */
  ready: Promise<void>;
  /** True once `ready` has resolved: queries answer with data. */
  isReady(): boolean;
  /** How many times preparation has been tried so far. */
  attempts(): number;
  stop(): void;
}

/**
 * Prepares the database (schema, illustrative data when empty). If Neo4j does
 * not answer or refuses the credentials, logs one readable line and tries
 * again every `retryMs`, so the server keeps running and `/healthz` reports
 * the outage instead of the process crashing.
 */
export function prepareDatabase(db: Db, logger: Logger, opts: { seedWhenEmpty: boolean; retryMs?: number }): Preparation {
  let timer: NodeJS.Timeout | undefined;
  let lastMessage = '';
  let stopped = false;
  let done = false;
  let tries = 0;
  const ready = new Promise<void>((resolveReady) => {
    const attempt = async () => {
      tries += 1;
      try {
        await db.ping();
        await db.applySchema();
        if (opts.seedWhenEmpty) await seedIfEmpty(db, (m) => logger.info(m));
        logger.info('database ready');
        done = true;
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
    isReady: () => done,
    attempts: () => tries,
    stop() {
      stopped = true;
      if (timer) clearTimeout(timer);
    },
  };
}
