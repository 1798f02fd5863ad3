// The GraphQL worker thread's entry: registers tsx's loader when the server
// runs from TypeScript sources (a loader passed in execArgv does not reach a
// worker's first module on Node 20), then loads the worker itself.
import { workerData } from 'node:worker_threads';

if (workerData.tsx) {
  const { register } = await import('tsx/esm/api');
  register();
}
await import(workerData.module);
