import { computeLayout } from './computeLayout';
import { ForceLayout } from './forceLayout';
import type { LayoutJob, LayoutReply } from './layoutJob';

/** The parts of a dedicated worker's global scope this worker uses (the app's lib is DOM, not WebWorker). */
interface WorkerScope {
  postMessage(message: LayoutReply, transfer?: Transferable[]): void;
  addEventListener(type: 'message', listener: (event: MessageEvent<LayoutJob & { id: number }>) => void): void;
}

const scope = self as unknown as WorkerScope;
/** A frame at most this often while a force layout settles: the page redraws for each. */
const FRAME_MS = 150;
/** The newest request: an older force layout still running stops at its next frame. */
let newest = -1;

const yieldToMessages = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

async function runForce(id: number, job: Extract<LayoutJob, { kind: 'force' }>) {
  const started = performance.now();
  const layout = new ForceLayout(job);
  const send = (done: boolean) => {
    const xy = layout.positions();
    scope.postMessage({ id, kind: 'force', xy, iterations: layout.iterations, done, ms: Math.round(performance.now() - started) }, [xy.buffer]);
  };
  // The first frame: the community placement, before any iteration.
  send(false);
  let sent = performance.now();
  for (;;) {
    const done = layout.advance();
    if (done) return send(true);
    if (performance.now() - sent >= FRAME_MS) {
      send(false);
      await yieldToMessages();
      if (newest !== id) return;
      sent = performance.now();
    }
  }
}

scope.addEventListener('message', function layoutRequested(event) {
  const { id, ...job } = event.data;
  newest = id;
  try {
    if (job.kind === 'force') {
      runForce(id, job).catch((error: unknown) => scope.postMessage({ id, kind: 'error', error: String(error) }));
    } else {
      scope.postMessage({ id, kind: 'fcose', ...computeLayout(job) });
    }
  } catch (error) {
    scope.postMessage({ id, kind: 'error', error: error instanceof Error ? error.message : String(error) });
  }
});
