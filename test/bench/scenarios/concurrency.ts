import { Worker } from 'node:worker_threads';
import type { GqlRequest } from '../servers/http.js';
import { summarize, type Sample } from './stats.js';

export interface LoadResult {
  connections: number;
  seconds: number;
  requests: number;
  reqPerSec: number;
  non2xx: number;
  errors: number;
  timeouts: number;
  latency: Sample;
}

interface WorkerReply {
  requests: number;
  non2xx: number;
  errors: number;
  timeouts: number;
  latencies: number[];
}

/** `connections` clients keep `request` going against `url` for `seconds` (autocannon, in a worker thread). */
export function loadTest(url: string, request: GqlRequest, connections: number, seconds: number): Promise<LoadResult> {
  return new Promise((resolve, reject) => {
    const worker = new Worker(new URL('./concurrency.worker.mjs', import.meta.url), {
      workerData: { url, body: JSON.stringify(request), connections, seconds },
    });
    worker.once('message', (reply: WorkerReply) => {
      const { latencies, ...counts } = reply;
      resolve({
        connections,
        seconds,
        ...counts,
        reqPerSec: Math.round((counts.requests / seconds) * 10) / 10,
        latency: summarize(latencies),
      });
      void worker.terminate();
    });
    worker.once('error', reject);
    worker.once('exit', (code) => {
      if (code !== 0) reject(new Error(`load worker exited with ${code}`));
    });
  });
}

/**
 * `connections` callers keep `call` going for `seconds` in this process: the
 * same load as {@link loadTest}, through the bare driver (its pool has room
 * for 32 sessions), to set the API against.
 */
export async function bareLoadTest(call: () => Promise<unknown>, connections: number, seconds: number): Promise<LoadResult> {
  const latencies: number[] = [];
  let errors = 0;
  const end = performance.now() + seconds * 1000;
  const caller = async () => {
    while (performance.now() < end) {
      const t0 = performance.now();
      try {
        await call();
        latencies.push(performance.now() - t0);
      } catch {
        errors += 1;
      }
    }
  };
  await Promise.all(Array.from({ length: connections }, caller));
  return {
    connections,
    seconds,
    requests: latencies.length + errors,
    reqPerSec: Math.round((latencies.length / seconds) * 10) / 10,
    non2xx: 0,
    errors,
    timeouts: 0,
    latency: summarize(latencies),
  };
}
