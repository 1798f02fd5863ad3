import { setMaxListeners } from 'node:events';
import type { Db } from '@dsv/neo4j';
import type { RequestLimits } from '../config.js';
import { QueryTimeoutError } from './errors.js';

/** What services need from the database: named read statements. */
export interface Reader {
  read<T>(name: string, params?: Record<string, unknown>): Promise<T[]>;
}

/** Why a request's work was stopped. */
export type StopReason = 'budget' | 'client-gone';

// Db translates driver errors; the driver's own error is the cause.
const isTimeout = (err: unknown) => {
  const cause = ((err as { cause?: unknown })?.cause ?? err) as { code?: unknown };
  return typeof cause?.code === 'string' && /TransactionTimedOut/.test(cause.code);
};

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
    if (this.signal.aborted) throw this.stopped();
    try {
      const rows = this.db.read<T>(name, params, { timeoutMs: this.limits.queryTimeoutMs, signal: this.signal });
      return await untilAborted(rows, this.signal);
    } catch (err) {
      if (this.signal.aborted) throw this.stopped();
      if (isTimeout(err))
        throw new QueryTimeoutError(`The database query took longer than ${this.limits.queryTimeoutMs} ms and was stopped`);
      throw err;
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
  // Each read of the request listens to the signal (the driver too, until the
  // request ends): a page with its loaders has more than Node's default of 10.
  setMaxListeners(0, controller.signal);
  const timer = setTimeout(() => controller.abort('budget' satisfies StopReason), budgetMs);
  timer.unref();
  response.once('close', () => {
    clearTimeout(timer);
    if (!response.writableFinished) controller.abort('client-gone' satisfies StopReason);
  });
  return controller.signal;
}
