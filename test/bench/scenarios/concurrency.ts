import { Worker } from 'node:worker_threads';
import type { GqlRequest } from '../servers/http.js';
import type { Sample } from './stats.js';

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

/** `connections` clients keep `request` going against `url` for `seconds` (autocannon, in a worker thread). */
export function loadTest(url: string, request: GqlRequest, connections: number, seconds: number): Promise<LoadResult> {
  return new Promise((resolve, reject) => {
    const worker = new Worker(new URL('./concurrency.worker.ts', import.meta.url), {
      workerData: { url, body: JSON.stringify(request), connections, seconds },
      // tsx's hooks are per thread: load them in the worker too.
      execArgv: ['--import', 'tsx'],
    });
    worker.once('message', (result: LoadResult) => {
      resolve(result);
      void worker.terminate();
    });
    worker.once('error', reject);
    worker.once('exit', (code) => {
      if (code !== 0) reject(new Error(`load worker exited with ${code}`));
    });
  });
}
