/**
 * The attack run's load: `clients` clients sending one request back to back
 * for `seconds`, in a worker thread, so that reading their large answers does
 * not take the server's event loop (the server runs in the main thread, as it
 * would run alone in its own process).
 */
import { parentPort, workerData } from 'node:worker_threads';
import type { Attack } from './attacks.js';
import { send, type Answer } from './client.js';

export interface LoadOrder {
  url: string;
  attack: Attack;
  clients: number;
  seconds: number;
}

const order = workerData as LoadOrder;
const end = performance.now() + order.seconds * 1000;
const answers: Answer[] = [];
await Promise.all(
  Array.from({ length: order.clients }, async () => {
    while (performance.now() < end)
      answers.push(await send(order.url, 'POST', { query: order.attack.query, variables: order.attack.variables }));
  }),
);
parentPort!.postMessage(answers);
