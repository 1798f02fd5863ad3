import { parentPort, workerData } from 'node:worker_threads';
import autocannon from 'autocannon';
import { summarize } from './stats.js';

/** Runs in its own thread, so the load generator does not share the server's event loop. */
interface Job {
  url: string;
  body: string;
  connections: number;
  seconds: number;
}

const job = workerData as Job;
if (!/^http:\/\/127\.0\.0\.1:\d+\//.test(job.url)) throw new Error(`Load goes to loopback only, not ${job.url}`);
const latencies: number[] = [];
const instance = autocannon(
  {
    url: job.url,
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: job.body,
    connections: job.connections,
    duration: job.seconds,
    timeout: 60,
  },
  (error, result) => {
    if (error) throw error;
    parentPort!.postMessage({
      connections: job.connections,
      seconds: job.seconds,
      requests: result.requests.total,
      reqPerSec: Math.round((result.requests.total / job.seconds) * 10) / 10,
      non2xx: result.non2xx,
      errors: result.errors,
      timeouts: result.timeouts,
      latency: summarize(latencies),
    });
  },
);
instance.on('response', (_client: unknown, _status: number, _bytes: number, responseTime: number) => latencies.push(responseTime));
