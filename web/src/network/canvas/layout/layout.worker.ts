import { computeLayout, type LayoutRequest } from './computeLayout';

/** The parts of a dedicated worker's global scope this worker uses (the app's lib is DOM, not WebWorker). */
interface WorkerScope {
  postMessage(message: unknown): void;
  addEventListener(type: 'message', listener: (event: MessageEvent<LayoutRequest & { id: number }>) => void): void;
}

const scope = self as unknown as WorkerScope;

scope.addEventListener('message', function layoutRequested(event) {
  const { id, ...request } = event.data;
  try {
    scope.postMessage({ id, ...computeLayout(request) });
  } catch (error) {
    scope.postMessage({ id, error: error instanceof Error ? error.message : String(error) });
  }
});
