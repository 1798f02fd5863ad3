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
