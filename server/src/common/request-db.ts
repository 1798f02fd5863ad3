import neo4j, { Neo4jError } from 'neo4j-driver';
import { cypher } from '@dsv/cypher';
import { recordToObject, toParams, translateDriverError, type Db } from '@dsv/neo4j';
import type { RequestLimits } from '../config.js';
import { QueryTimeoutError } from './errors.js';

/** What services need from the database: named read statements. */
export interface Reader {
  read<T>(name: string, params?: Record<string, unknown>): Promise<T[]>;
}

/** Why a request's work was stopped. */
export type StopReason = 'budget' | 'client-gone';

const isTimeout = (err: unknown) => err instanceof Neo4jError && /TransactionTimedOut/.test(err.code);

/**
 * One request's reads: every statement runs with Neo4j's transaction timeout
 * and stops (its session closed, so Neo4j ends the transaction) when the
 * request's signal aborts — its time budget ran out or the client went away.
 */
export class RequestDb implements Reader {
  constructor(
    private readonly db: Db,
    private readonly limits: Pick<RequestLimits, 'queryTimeoutMs' | 'requestTimeoutMs'>,
    private readonly signal: AbortSignal,
  ) {}

  async read<T>(name: string, params: Record<string, unknown> = {}): Promise<T[]> {
    const text = cypher(name);
    if (this.signal.aborted) throw this.stopped();
    this.db.calls += 1;
    try {
      const query = this.db.driver.executeQuery(text, toParams(params) as Record<string, unknown>, {
        database: this.db.database,
        routing: neo4j.routing.READ,
        transactionConfig: { timeout: this.limits.queryTimeoutMs },
        signal: this.signal,
      });
      const result = await untilAborted(query, this.signal);
      return result.records.map((r) => recordToObject<T>(r));
    } catch (err) {
      if (this.signal.aborted) throw this.stopped();
      if (isTimeout(err))
        throw new QueryTimeoutError(`The database query took longer than ${this.limits.queryTimeoutMs} ms and was stopped`);
      throw translateDriverError(err, this.db.uri);
    }
  }

  private stopped(): QueryTimeoutError {
    const reason = this.signal.reason as StopReason;
    return new QueryTimeoutError(
      reason === 'client-gone'
        ? 'The client went away; the request was stopped'
        : `The request took longer than ${this.limits.requestTimeoutMs} ms and was stopped`,
    );
  }
}

/**
 * Settles with `work`, or rejects as soon as `signal` aborts: the driver
 * closes the session on abort, but may still be retrying a connection.
 */
function untilAborted<T>(work: Promise<T>, signal: AbortSignal): Promise<T> {
  return new Promise<T>((resolveWork, reject) => {
    const onAbort = () => reject(signal.reason);
    signal.addEventListener('abort', onAbort, { once: true });
    work.then(resolveWork, reject).finally(() => signal.removeEventListener('abort', onAbort));
  });
}

/**
 * A request's stop signal: aborts after `budgetMs`, or when the response
 * closes before it was sent (the client disconnected).
 */
export function requestSignal(budgetMs: number, response: NodeJS.EventEmitter & { writableFinished: boolean }): AbortSignal {
  const controller = new AbortController();
  const timer = setTimeout(() => controller.abort('budget' satisfies StopReason), budgetMs);
  timer.unref();
  response.once('close', () => {
    clearTimeout(timer);
    if (!response.writableFinished) controller.abort('client-gone' satisfies StopReason);
  });
  return controller.signal;
}
