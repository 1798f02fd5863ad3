import type { LayoutRequest, LayoutResult } from './computeLayout';

export interface LayoutRunner {
  run(request: LayoutRequest): Promise<LayoutResult>;
  /** Stops the worker; layouts still running are rejected. */
  terminate(): void;
}

type Reply = { id: number } & ({ error: string } | LayoutResult);

/**
 * Runs layouts in a Web Worker, so that laying out thousands of nodes never
 * freezes the page. One worker per graph; answers are matched by id.
 */
export function createLayoutRunner(): LayoutRunner {
  const worker = new Worker(new URL('./layout.worker.ts', import.meta.url), { type: 'module' });
  const waiting = new Map<number, { resolve: (r: LayoutResult) => void; reject: (e: Error) => void }>();
  let nextId = 0;

  function onReply(event: MessageEvent<Reply>) {
    const reply = event.data;
    const pending = waiting.get(reply.id);
    waiting.delete(reply.id);
    if (!pending) return;
    if ('error' in reply) pending.reject(new Error(`Layout: ${reply.error}`));
    else pending.resolve(reply);
  }
  function onFailure(event: ErrorEvent) {
    for (const pending of waiting.values()) pending.reject(new Error(`Layout worker: ${event.message}`));
    waiting.clear();
  }
  worker.addEventListener('message', onReply);
  worker.addEventListener('error', onFailure);

  return {
    run(request) {
      const id = nextId++;
      return new Promise((resolve, reject) => {
        waiting.set(id, { resolve, reject });
        worker.postMessage({ id, ...request });
      });
    },
    terminate() {
      worker.removeEventListener('message', onReply);
      worker.removeEventListener('error', onFailure);
      worker.terminate();
      for (const pending of waiting.values()) pending.reject(new Error('Layout worker stopped'));
      waiting.clear();
    },
  };
}
