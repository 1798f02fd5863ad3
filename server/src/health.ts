import type { Request, Response } from 'express';
import neo4j from 'neo4j-driver';
import { cypher } from '@dsv/cypher';
import { DatabaseError, translateDriverError, type Db } from '@dsv/neo4j';

export type HealthStatus = 'ok' | 'loading' | 'down';

export interface Health {
  status: HealthStatus;
  database: 'up' | 'down';
  reason?: string;
}

export interface ProbeTiming {
  /** Time between the end of one probe and the start of the next. */
  periodMs: number;
  /** How long one probe waits for Neo4j before it says "down". */
  timeoutMs: number;
  /** A last answer older than this counts as "down" (the probe is stuck, or the process was too busy to run it). */
  staleMs: number;
}

export const PROBE_TIMING: ProbeTiming = { periodMs: 2000, timeoutMs: 2000, staleMs: 10_000 };

// Reasons name what to do, never the database's address.
function downReason(err: unknown): string {
  if (err instanceof DatabaseError && err.code === 'DATABASE_AUTH') return 'the database refused the user name or password';
  if (err instanceof DatabaseError && err.code === 'DATABASE_UNAVAILABLE') return 'the database does not answer';
  return 'the database did not answer a query in time';
}

/**
 * Whether the database holds data: `import/has-data` on a session of the
 * probe's own, with Neo4j's transaction timeout, and not counted among the
 * requests' round trips (Db.calls).
 */
async function hasData(db: Db, timeoutMs: number, signal: AbortSignal): Promise<boolean> {
  const session = db.driver.session({ database: db.database, defaultAccessMode: neo4j.session.READ });
  const close = () => void session.close().catch(() => undefined);
  signal.addEventListener('abort', close, { once: true });
  try {
    const result = await session.run(cypher('import/has-data'), {}, { timeout: timeoutMs });
    return result.records[0]?.get('hasData') === true;
  } catch (err) {
    throw translateDriverError(err, db.uri);
  } finally {
    signal.removeEventListener('abort', close);
    close();
  }
}

/**
 * One probe (DESIGN §7): ok only when a query answers with data. A ping (one
 * attempt, no driver retries: a database that is down is reported at once),
 * then a cheap read; both stop at `timeoutMs`.
 */
async function probeOnce(db: Db, prepared: () => boolean, timeoutMs: number): Promise<Health> {
  const signal = AbortSignal.timeout(timeoutMs);
  const within = <T>(work: Promise<T>) =>
    new Promise<T>((resolveWork, reject) => {
      signal.addEventListener('abort', () => reject(new Error('health probe timed out')), { once: true });
      work.then(resolveWork, reject);
    });
  try {
    await within(db.ping());
    if (!prepared()) return { status: 'loading', database: 'up', reason: 'the schema and the first data are being prepared' };
    if (!(await within(hasData(db, timeoutMs, signal))))
      return { status: 'loading', database: 'up', reason: 'the database holds no data yet: import some with pnpm seed import' };
    return { status: 'ok', database: 'up' };
  } catch (err) {
    return { status: 'down', database: 'down', reason: downReason(err) };
  }
}

export interface HealthProbe {
  /** The last probe's answer; before the first one, waits for it (at most its timeout). */
  current(): Health | Promise<Health>;
  /** Probes now (the server just became ready); health checks wait for this probe's answer. */
  refresh(): void;
  stop(): void;
}

/**
 * Asks Neo4j in the background, every `periodMs`, whether a query answers
 * with data, and keeps the answer: a health check then costs no database
 * round trip and waits for no queue, only for the event loop. One probe at a
 * time; "down" after two failed probes in a row (or the first, at start); an
 * answer older than `staleMs` counts as down.
 */
export function startHealthProbe(db: Db, prepared: () => boolean, timing: ProbeTiming = PROBE_TIMING): HealthProbe {
  let last: { health: Health; at: number } | undefined;
  let timer: NodeJS.Timeout | undefined;
  let stopped = false;

  let failures = 0;

  const run = async (): Promise<Health> => {
    const health = await probeOnce(db, prepared, timing.timeoutMs);
    failures = health.status === 'down' ? failures + 1 : 0;
    // One failed probe after a good one may be a busy moment (Neo4j saturated,
    // the event loop held): the answer turns "down" at the second in a row.
    if (health.status !== 'down' || failures >= 2 || !last) last = { health, at: performance.now() };
    pending = undefined;
    if (!stopped) {
      timer = setTimeout(() => void run(), timing.periodMs);
      timer.unref();
    }
    return health;
  };
  let pending: Promise<Health> | undefined = run();
  const first = pending;

  return {
    refresh() {
      if (stopped) return;
      if (timer) clearTimeout(timer);
      pending = run();
    },
    current() {
      if (!last) return first;
      if (pending) return pending;
      const age = performance.now() - last.at;
      if (age > timing.staleMs) {
        return { status: 'down', database: 'down', reason: `the health probe has not answered for ${Math.round(age / 1000)} s` };
      }
      return last.health;
    },
    stop() {
      stopped = true;
      if (timer) clearTimeout(timer);
    },
  };
}

/** `/healthz`: 200 only when a query answers with data; 503 with the status and reason otherwise. */
export function healthHandler(probe: HealthProbe) {
  return async function health(_req: Request, res: Response): Promise<void> {
    res.setHeader('cache-control', 'no-store');
    const answer = await probe.current();
    res.status(answer.status === 'ok' ? 200 : 503).json(answer);
  };
}

/** `/livez`: 200 while the process runs. */
export function liveHandler(_req: Request, res: Response): void {
  res.setHeader('cache-control', 'no-store');
  res.status(200).json({ status: 'live' });
}
