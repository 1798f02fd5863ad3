import type { Request, Response } from 'express';
import { DatabaseError, type Db } from '@dsv/neo4j';
import { RequestDb } from './common/request-db.js';

/** How long /healthz waits for Neo4j before it says "down". */
const HEALTH_TIMEOUT_MS = 5000;

export type HealthStatus = 'ok' | 'loading' | 'down';

interface Health {
  status: HealthStatus;
  database: 'up' | 'down';
  reason?: string;
}

// Reasons name what to do, never the database's address.
function downReason(err: unknown): string {
  if (err instanceof DatabaseError && err.code === 'DATABASE_AUTH') return 'the database refused the user name or password';
  if (err instanceof DatabaseError && err.code === 'DATABASE_UNAVAILABLE') return 'the database does not answer';
  return 'the database did not answer a query in time';
}

/** What /healthz says right now (DESIGN §7): ok only when a query answers with data. */
export async function checkHealth(db: Db, prepared: () => boolean): Promise<Health> {
  try {
    // One attempt, no driver retries: a database that is down is reported at once.
    await db.ping();
    if (!prepared()) return { status: 'loading', database: 'up', reason: 'the schema and the first data are being prepared' };
    const signal = AbortSignal.timeout(HEALTH_TIMEOUT_MS);
    const reader = new RequestDb(db, { queryTimeoutMs: HEALTH_TIMEOUT_MS, requestTimeoutMs: HEALTH_TIMEOUT_MS }, signal);
    const [row] = await reader.read<{ hasData: boolean }>('import/has-data');
    if (row?.hasData !== true)
      return { status: 'loading', database: 'up', reason: 'the database holds no data yet: import some with pnpm seed import' };
    return { status: 'ok', database: 'up' };
  } catch (err) {
    return { status: 'down', database: 'down', reason: downReason(err) };
  }
}

/** `/healthz`: 200 only when a query answers with data; 503 with the status and reason otherwise. */
export function healthHandler(db: Db, prepared: () => boolean) {
  return async function health(_req: Request, res: Response): Promise<void> {
    res.setHeader('cache-control', 'no-store');
    const health = await checkHealth(db, prepared);
    res.status(health.status === 'ok' ? 200 : 503).json(health);
  };
}

/** `/livez`: 200 while the process runs. */
export function liveHandler(_req: Request, res: Response): void {
  res.setHeader('cache-control', 'no-store');
  res.status(200).json({ status: 'live' });
}
