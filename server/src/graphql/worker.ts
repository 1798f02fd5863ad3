/**
 * A GraphQL worker thread: its own driver and executor; requests and answers
 * cross as plain messages (worker-pool.ts), its log lines go to the main
 * thread's logger.
 */
import 'reflect-metadata';
import { Writable } from 'node:stream';
import { parentPort, workerData } from 'node:worker_threads';
import { createDriver, Db } from '@dsv/neo4j';
import { createLogger } from '../common/logger.js';
import { createExecutor } from './executor.js';
import type { ToWorker, WorkerSetup } from './worker-pool.js';

const port = parentPort!;
const setup = workerData as WorkerSetup;
const sink = new Writable({
  write(chunk: Buffer, _encoding, done) {
    port.postMessage({ type: 'log', text: chunk.toString('utf8') });
    done();
  },
});
const logger = createLogger(setup.logLevel, sink);
const driver = createDriver(setup.uri, setup.config.db.user, setup.config.db.password);
const db = new Db(driver, setup.uri, setup.database);
const executor = await createExecutor(setup.config, db, logger, setup.heavySlots);
const gone = new Map<number, AbortController>();

port.on('message', (message: ToWorker) => {
  if (message.type === 'gone') {
    gone.get(message.id)?.abort('client-gone');
    return;
  }
  if (message.type === 'stop') {
    void executor
      .stop()
      .then(() => driver.close())
      .finally(() => port.close());
    return;
  }
  const controller = new AbortController();
  gone.set(message.id, controller);
  executor
    .run(message.request, controller.signal)
    .then(
      (reply) => port.postMessage({ type: 'reply', id: message.id, reply }),
      (err: unknown) => {
        logger.error({ err }, 'a GraphQL request failed outside the executor');
        port.postMessage({ type: 'failed', id: message.id });
      },
    )
    .finally(() => gone.delete(message.id));
});
port.postMessage({ type: 'ready' });
