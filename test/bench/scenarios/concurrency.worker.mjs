// The load generator, in its own thread so that it does not share the
// server's event loop. Plain JavaScript: Node 20 does not run tsx's hooks
// for a worker's entry file.
import { parentPort, workerData } from 'node:worker_threads';
import autocannon from 'autocannon';

const job = workerData;
if (!/^http:\/\/127\.0\.0\.1:\d+\//.test(job.url)) throw new Error(`Load goes to loopback only, not ${job.url}`);
const latencies = [];
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
    parentPort.postMessage({
      requests: latencies.length,
      non2xx: result.non2xx,
      errors: result.errors,
      timeouts: result.timeouts,
      latencies,
    });
  },
);
instance.on('response', (_client, _status, _bytes, responseTime) => latencies.push(responseTime));
