import { extname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import { pino } from 'pino';
import type { Db } from '@dsv/neo4j';
import type { AppConfig } from '../config.js';
import type { Logger } from '../common/logger.js';
import type { GraphqlExecutor, GraphqlReply, GraphqlRequest } from './executor.js';

/** What a worker is started with (plain data). */
export interface WorkerSetup {
  config: AppConfig;
  uri: string;
  database?: string;
  logLevel: string;
  heavySlots: number;
}

export type ToWorker = { type: 'run'; id: number; request: GraphqlRequest } | { type: 'gone'; id: number } | { type: 'stop' };

type FromWorker =
  { type: 'ready' } | { type: 'reply'; id: number; reply: GraphqlReply } | { type: 'failed'; id: number } | { type: 'log'; text: string };

const JSON_TYPE: [string, string] = ['content-type', 'application/json; charset=utf-8'];

function errorReply(status: number, message: string, code: string, headers: [string, string][] = []): GraphqlReply {
  return { status, headers: [JSON_TYPE, ...headers], body: JSON.stringify({ errors: [{ message, extensions: { code } }] }), facts: {} };
}

/** A worker died while answering: the same masked answer as any unexpected error. */
const WORKER_LOST = errorReply(500, 'Internal server error', 'INTERNAL_SERVER_ERROR');
/** No worker is running (all are being restarted). */
const NO_WORKER = errorReply(503, 'The server is restarting a part of itself: try again in a moment', 'SERVICE_UNAVAILABLE', [
  ['retry-after', '2'],
]);

/** Restart back-off: 0.5 s, doubling, at most 30 s; a worker that ran for a minute resets it. */
const BACKOFF = { firstMs: 500, maxMs: 30_000, stableMs: 60_000 };

interface Slot {
  index: number;
  worker?: Worker;
  ready: boolean;
  startedAt: number;
  failures: number;
  waiting: Map<number, (reply: GraphqlReply) => void>;
}

/** The worker's module next to this one; from TypeScript sources the entry registers tsx's loader first. */
function workerEntry(): { module: string; tsx: boolean } {
  const ext = extname(fileURLToPath(import.meta.url));
  return { module: new URL(`./worker${ext}`, import.meta.url).href, tsx: ext === '.ts' };
}

/**
 * Runs GraphQL in `size` worker threads, so decoding Neo4j's answers and
 * building large responses never holds up the main thread: `/healthz`, static
 * files and the request log stay quick under load. Each worker has its own
 * driver, a share of the heavy-query slots and a heap limit; a worker that
 * dies (out of memory, a crash) fails only its own requests with a masked 500
 * and is restarted with back-off.
 */
export async function startWorkerPool(config: AppConfig, db: Db, logger: Logger, size: number): Promise<GraphqlExecutor> {
  const entry = workerEntry();
  const setup: WorkerSetup = {
    config,
    uri: db.uri,
    database: db.database,
    logLevel: logger.level,
    heavySlots: Math.max(1, Math.ceil(config.limits.heavySlots / size)),
  };
  const logStream = (logger as unknown as Record<symbol, { write(text: string): void }>)[pino.symbols.streamSym]!;
  const slots: Slot[] = Array.from({ length: size }, (_, index) => ({
    index,
    ready: false,
    startedAt: 0,
    failures: 0,
    waiting: new Map(),
  }));
  let nextId = 0;
  let stopping = false;
  const restarts = new Set<NodeJS.Timeout>();

  function spawn(slot: Slot): Promise<void> {
    return new Promise((started, failed) => {
      const worker = new Worker(new URL('./worker-entry.mjs', import.meta.url), {
        workerData: { ...setup, ...entry },
        name: `graphql-${slot.index}`,
        resourceLimits: { maxOldGenerationSizeMb: config.workerHeapMb },
      });
      slot.worker = worker;
      slot.startedAt = performance.now();
      worker.on('message', (message: FromWorker) => {
        if (message.type === 'log') logStream.write(message.text);
        else if (message.type === 'ready') {
          slot.ready = true;
          started();
        } else {
          const answer = slot.waiting.get(message.id);
          slot.waiting.delete(message.id);
          answer?.(message.type === 'reply' ? message.reply : WORKER_LOST);
        }
      });
      worker.on('error', (err) => logger.error({ err }, `GraphQL worker ${slot.index} failed: ${err.message}`));
      worker.once('exit', (code) => {
        const wasReady = slot.ready;
        slot.ready = false;
        slot.worker = undefined;
        for (const answer of slot.waiting.values()) answer(WORKER_LOST);
        slot.waiting.clear();
        if (!wasReady) failed(new Error(`GraphQL worker ${slot.index} stopped while starting (exit code ${code})`));
        if (stopping) return;
        if (performance.now() - slot.startedAt > BACKOFF.stableMs) slot.failures = 0;
        const delay = Math.min(BACKOFF.maxMs, BACKOFF.firstMs * 2 ** slot.failures);
        slot.failures += 1;
        logger.error(`GraphQL worker ${slot.index} stopped (exit code ${code}); starting a new one in ${delay} ms`);
        const timer = setTimeout(() => {
          restarts.delete(timer);
          spawn(slot).then(
            () => logger.info(`GraphQL worker ${slot.index} restarted`),
            () => undefined, // its exit handler schedules the next try
          );
        }, delay);
        restarts.add(timer);
      });
    });
  }

  await Promise.all(slots.map(spawn));

  return {
    run(request, clientGone) {
      let slot: Slot | undefined;
      for (const candidate of slots) if (candidate.ready && (!slot || candidate.waiting.size < slot.waiting.size)) slot = candidate;
      if (!slot) return Promise.resolve(NO_WORKER);
      const chosen = slot;
      const id = nextId++;
      return new Promise<GraphqlReply>((answer) => {
        const onGone = () => chosen.worker?.postMessage({ type: 'gone', id } satisfies ToWorker);
        clientGone.addEventListener('abort', onGone, { once: true });
        chosen.waiting.set(id, (reply) => {
          clientGone.removeEventListener('abort', onGone);
          answer(reply);
        });
        chosen.worker!.postMessage({ type: 'run', id, request } satisfies ToWorker);
      });
    },
    threads: () => slots.flatMap((slot) => (slot.ready && slot.worker ? [slot.worker] : [])),
    async stop() {
      stopping = true;
      for (const timer of restarts) clearTimeout(timer);
      await Promise.all(
        slots.map(async ({ worker }) => {
          if (!worker) return;
          const exited = new Promise((done) => worker.once('exit', done));
          worker.postMessage({ type: 'stop' } satisfies ToWorker);
          const timer = setTimeout(() => void worker.terminate(), 10_000);
          await exited;
          clearTimeout(timer);
        }),
      );
    },
  };
}
