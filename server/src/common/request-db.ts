import { setMaxListeners } from 'node:events';
import { setImmediate as nextTurn } from 'node:timers/promises';
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
      const rows = await untilAborted(
        this.db.read<T>(name, params, { timeoutMs: this.limits.queryTimeoutMs, signal: this.signal }),
        this.signal,
      );
      // Decoding a large result and building the answer from it are each one
      // long stretch of JavaScript: let waiting requests (a health check, a
      // cheap query) run in between.
      await nextTurn();
      return rows;
    } catch (err) {
      if (this.signal.aborted) throw this.stopped();
      if (isTimeout(err))
        throw new QueryTimeoutError(`The database query took longer than ${this.limits.queryTimeoutMs} ms and was stopped`);
      throw err;
    }
  }

  private stopped(): QueryTimeoutError {
    return stoppedError(this.signal, this.limits.requestTimeoutMs);
  }
}

function stoppedError(signal: AbortSignal, budgetMs: number): QueryTimeoutError {
  return new QueryTimeoutError(
    (signal.reason as StopReason) === 'client-gone'
      ? 'The client went away; the request was stopped'
      : `The request took longer than ${budgetMs} ms and was stopped`,
  );
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
 * A request's time budget: its signal aborts after `budgetMs`, or when
 * `clientGone` aborts (the client disconnected). `spent()` also reads the
 * clock, so work in a long synchronous stretch (a busy event loop, where the
 * timer cannot fire) sees the deadline pass. `end()` once the answer is made.
 */
export class RequestBudget {
  readonly signal: AbortSignal;
  private readonly controller = new AbortController();
  private readonly deadline: number;
  private readonly timer: NodeJS.Timeout;
  private readonly onGone = () => this.stop('client-gone');

  constructor(
    readonly budgetMs: number,
    private readonly clientGone: AbortSignal,
  ) {
    this.signal = this.controller.signal;
    // Each read of the request listens to the signal (the driver too, until the
    // request ends): a page with its loaders has more than Node's default of 10.
    setMaxListeners(0, this.signal);
    this.deadline = performance.now() + budgetMs;
    this.timer = setTimeout(() => this.stop('budget'), budgetMs);
    this.timer.unref();
    if (clientGone.aborted) this.stop('client-gone');
    else clientGone.addEventListener('abort', this.onGone, { once: true });
  }

  private stop(reason: StopReason): void {
    this.end();
    this.controller.abort(reason);
  }

  /** The request is answered: no more stopping. */
  end(): void {
    clearTimeout(this.timer);
    this.clientGone.removeEventListener('abort', this.onGone);
  }

  /** True once the budget has run out or the client went away (and then the signal has aborted). */
  spent(): boolean {
    if (this.signal.aborted) return true;
    if (performance.now() < this.deadline) return false;
    this.stop('budget');
    return true;
  }

  /** The error that ends the request's work. */
  error(): QueryTimeoutError {
    return stoppedError(this.signal, this.budgetMs);
  }
}

/** Aborts when `response` closes before it was sent: the client went away. */
export function clientGoneSignal(response: NodeJS.EventEmitter & { writableFinished: boolean }): AbortSignal {
  const gone = new AbortController();
  response.once('close', () => {
    if (!response.writableFinished) gone.abort('client-gone' satisfies StopReason);
  });
  return gone.signal;
}

/** A request's stop signal (see RequestBudget). */
export function requestSignal(budgetMs: number, response: NodeJS.EventEmitter & { writableFinished: boolean }): AbortSignal {
  return new RequestBudget(budgetMs, clientGoneSignal(response)).signal;
}
