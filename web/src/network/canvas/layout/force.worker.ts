import { ForceLayout } from './forceLayout';
import type { LayoutJob, LayoutReply } from './layoutJob';

/** The parts of a dedicated worker's global scope this worker uses (the app's lib is DOM, not WebWorker). */
interface WorkerScope {
  postMessage(message: LayoutReply, transfer?: Transferable[]): void;
  addEventListener(type: 'message', listener: (event: MessageEvent<(LayoutJob & { id: number }) | { kind: 'painted' }>) => void): void;
}

const scope = self as unknown as WorkerScope;
/** A frame at most this often while a layout settles, and only once the page has drawn the one before (it redraws for each). */
const FRAME_MS = 150;
/**
 * No frame before the layout has run this long: the page shows its own first
 * placement meanwhile, and a layout done by then goes straight to the settled
 * picture. Each frame costs the page a redraw of every node (about as much as
 * the layout of 5,000 nodes: bench/RESULTS.md, client).
 */
const FIRST_FRAME_MS = 1500;
/** The newest request: an older layout still running stops at its next frame. */
let newest = -1;
/** The page has drawn the last frame sent. */
let pageReady = true;

const yieldToMessages = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

/** The force layout, sent as frames: from FIRST_FRAME_MS on every FRAME_MS while it settles, then the settled one. */
async function runForce(id: number, job: Extract<LayoutJob, { kind: 'force' }>) {
  const started = performance.now();
  const layout = new ForceLayout(job);
  const send = (done: boolean) => {
    const xy = layout.positions();
    const ms = Math.round(performance.now() - started);
    scope.postMessage({ id, kind: 'force', xy, iterations: layout.iterations, done, ms }, [xy.buffer]);
  };
  let checked = started;
  for (;;) {
    if (layout.advance()) return send(true);
    if (performance.now() - checked >= FRAME_MS) {
      // Hear the page (frame drawn, newer request) between iterations; send only what it can draw.
      await yieldToMessages();
      if (newest !== id) return;
      if (pageReady && performance.now() - started >= FIRST_FRAME_MS) {
        send(false);
        pageReady = false;
      }
      checked = performance.now();
    }
  }
}

scope.addEventListener('message', function layoutRequested(event) {
  if (event.data.kind === 'painted') {
    pageReady = true;
    return;
  }
  const { id, ...job } = event.data;
  newest = id;
  pageReady = true;
  const fail = (error: unknown) => scope.postMessage({ id, kind: 'error', error: error instanceof Error ? error.message : String(error) });
  if (job.kind !== 'force') return fail(new Error(`the force worker got a ${job.kind} job`));
  runForce(id, job).catch(fail);
});
