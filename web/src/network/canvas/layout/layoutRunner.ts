import type { LayoutResult } from './computeLayout';
import type { ForceFrame, LayoutJob, LayoutReply } from './layoutJob';

export interface LayoutRunner {
  /** fcose: one answer with every position. */
  run(job: Extract<LayoutJob, { kind: 'fcose' }>): Promise<LayoutResult>;
  /** A force layout: `onFrame` for each frame while it settles; resolves with the last one. */
  run(job: Extract<LayoutJob, { kind: 'force' }>, onFrame: (frame: ForceFrame) => void): Promise<ForceFrame>;
  /** Stops the worker; layouts still running are rejected. */
  terminate(): void;
}

interface Pending {
  resolve: (result: LayoutResult | ForceFrame) => void;
  reject: (error: Error) => void;
  onFrame?: (frame: ForceFrame) => void;
}

/**
 * Runs layouts in a Web Worker, so that laying out thousands of nodes never
 * freezes the page. One worker per graph; answers are matched by id, and a
 * newer job makes the worker drop a force layout still running.
 */
export function createLayoutRunner(): LayoutRunner {
  const worker = new Worker(new URL('./layout.worker.ts', import.meta.url), { type: 'module' });
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
  worker.addEventListener('message', onReply);
  worker.addEventListener('error', onFailure);

  function run(job: LayoutJob, onFrame?: (frame: ForceFrame) => void): Promise<LayoutResult | ForceFrame> {
    const id = nextId++;
    // A newer job supersedes the ones before it: the worker stops them, nobody waits for them.
    for (const [older, pending] of waiting) {
      waiting.delete(older);
      pending.reject(new Error('Layout superseded'));
    }
    return new Promise((resolve, reject) => {
      waiting.set(id, { resolve, reject, onFrame });
      worker.postMessage({ id, ...job });
    });
  }

  return {
    run: run as LayoutRunner['run'],
    terminate() {
      worker.removeEventListener('message', onReply);
      worker.removeEventListener('error', onFailure);
      worker.terminate();
      for (const pending of waiting.values()) pending.reject(new Error('Layout worker stopped'));
      waiting.clear();
    },
  };
}
