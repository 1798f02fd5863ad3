import type { LayoutResult } from './computeLayout';
import type { ForceFrame, LayoutJob, LayoutReply } from './layoutJob';

export interface LayoutRunner {
  /** fcose: one answer with every position. */
  run(job: Extract<LayoutJob, { kind: 'fcose' }>): Promise<LayoutResult>;
  /** A force layout: `onFrame` for each frame while it settles; resolves with the last one. */
  run(job: Extract<LayoutJob, { kind: 'force' }>, onFrame: (frame: ForceFrame) => void): Promise<ForceFrame>;
  /** The page has drawn the last force frame: the worker may send the next. */
  painted(): void;
  /** Stops the worker; layouts still running are rejected. */
  terminate(): void;
}

interface Pending {
  resolve: (result: LayoutResult | ForceFrame) => void;
  reject: (error: Error) => void;
  onFrame?: (frame: ForceFrame) => void;
}

/** A worker per kind of job, started on first use: the force layout's worker loads no Cytoscape, fcose's no graphology. */
function startWorker(kind: LayoutJob['kind']): Worker {
  return kind === 'force'
    ? new Worker(new URL('./force.worker.ts', import.meta.url), { type: 'module' })
    : new Worker(new URL('./fcose.worker.ts', import.meta.url), { type: 'module' });
}

/**
 * Runs layouts in Web Workers, so that laying out thousands of nodes never
 * freezes the page. One runner per graph; answers are matched by id, and a
 * newer job supersedes older ones (the force worker stops a layout still running).
 */
export function createLayoutRunner(): LayoutRunner {
  const workers = new Map<LayoutJob['kind'], Worker>();
  const waiting = new Map<number, Pending>();
  let nextId = 0;

  function onReply(event: MessageEvent<LayoutReply>) {
    const reply = event.data;
    const pending = waiting.get(reply.id);
    if (!pending) return;
    if (reply.kind === 'force' && !reply.done) return pending.onFrame?.(reply);
    waiting.delete(reply.id);
    if (reply.kind === 'error') pending.reject(new Error(`Layout: ${reply.error}`));
    else pending.resolve(reply);
  }
  function onFailure(event: ErrorEvent) {
    for (const pending of waiting.values()) pending.reject(new Error(`Layout worker: ${event.message}`));
    waiting.clear();
  }
  function workerFor(kind: LayoutJob['kind']): Worker {
    let worker = workers.get(kind);
    if (!worker) {
      worker = startWorker(kind);
      worker.addEventListener('message', onReply);
      worker.addEventListener('error', onFailure);
      workers.set(kind, worker);
    }
    return worker;
  }

  function run(job: LayoutJob, onFrame?: (frame: ForceFrame) => void): Promise<LayoutResult | ForceFrame> {
    const id = nextId++;
    // A newer job supersedes the ones before it: the worker stops them, nobody waits for them.
    for (const [older, pending] of waiting) {
      waiting.delete(older);
      pending.reject(new Error('Layout superseded'));
    }
    return new Promise((resolve, reject) => {
      waiting.set(id, { resolve, reject, onFrame });
      workerFor(job.kind).postMessage({ id, ...job });
    });
  }

  return {
    run: run as LayoutRunner['run'],
    painted() {
      workers.get('force')?.postMessage({ kind: 'painted' });
    },
    terminate() {
      for (const worker of workers.values()) {
        worker.removeEventListener('message', onReply);
        worker.removeEventListener('error', onFailure);
        worker.terminate();
      }
      workers.clear();
      for (const pending of waiting.values()) pending.reject(new Error('Layout worker stopped'));
      waiting.clear();
    },
  };
}
