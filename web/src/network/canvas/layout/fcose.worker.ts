import { computeLayout } from './computeLayout';
import type { LayoutJob, LayoutReply } from './layoutJob';

/** The parts of a dedicated worker's global scope this worker uses (the app's lib is DOM, not WebWorker). */
interface WorkerScope {
  postMessage(message: LayoutReply): void;
  addEventListener(type: 'message', listener: (event: MessageEvent<LayoutJob & { id: number }>) => void): void;
}

const scope = self as unknown as WorkerScope;

/** fcose on a headless Cytoscape: one answer per request. */
scope.addEventListener('message', function layoutRequested(event) {
  const { id, ...job } = event.data;
  try {
    if (job.kind !== 'fcose') throw new Error(`the fcose worker got a ${job.kind} job`);
    scope.postMessage({ id, kind: 'fcose', ...computeLayout(job) });
  } catch (error) {
    scope.postMessage({ id, kind: 'error', error: error instanceof Error ? error.message : String(error) });
  }
});
