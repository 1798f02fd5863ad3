/**
 * The attack run: an anonymous client against our server on a dataset 8× the
 * illustrative one, on loopback only, with bounded loops. Sends each refused
 * attack once, measures the heavy accepted requests once, then loads the
 * server with 32 clients sending the slowest of them while /healthz and a
 * cheap query are probed. Writes the "Attack run" section of bench/RESULTS.md.
 *
 *   node --import tsx test/bench/attack/run.ts [--seconds 20]
 */
import os from 'node:os';
import { monitorEventLoopDelay } from 'node:perf_hooks';
import { Worker } from 'node:worker_threads';
import { createApp } from '@dsv/server';
import { loadConfig } from '@dsv/server/config';
import { createLogger } from '@dsv/server/logger';
import { makeDataset } from '../data/dataset.js';
import { SEED, type Tier } from '../data/tiers.js';
import { startBenchDatabase } from '../db/database.js';
import { loadDataset } from '../db/load.js';
import { acceptedCandidates, rejectedAttacks, type Attack } from './attacks.js';
import { percentile, send, type Answer } from './client.js';
import type { LoadOrder } from './load.js';
import { writeSection } from './report.js';

const secondsAt = process.argv.indexOf('--seconds');
const seconds = secondsAt < 0 ? 20 : Number(process.argv[secondsAt + 1]);
if (!(seconds > 0 && seconds <= 300)) throw new Error('--seconds takes a number from 1 to 300');
const CLIENTS = 32;

// 8× the illustrative dataset (453 partnerships, 2,906 parties, 6,157 memberships, 433 tables).
const X8 = {
  name: 'S',
  partnerships: 3_624,
  parties: 23_248,
  memberships: 49_256,
  tables: 3_464,
  seats: [6, 14],
  heap: '1g',
  pageCache: '512m',
} as Tier;

const log = (m: string) => process.stderr.write(`[attack] ${m}\n`);
process.env.BENCH_BOLT_PORT ??= '7736';
process.env.BENCH_DATA_DIR ??= '/tmp/dsv-attack-neo4j';

const bench = await startBenchDatabase(X8, log);
let failed = false;
try {
  const dataset = makeDataset(X8, SEED);
  await loadDataset(bench.db, X8, dataset, SEED, () => undefined);
  log(`loaded 8× dataset: ${X8.partnerships} partnerships, ${X8.parties} parties, ${X8.memberships} memberships, ${X8.tables} tables`);
  const settings = {
    NODE_ENV: 'production',
    SEED_WHEN_EMPTY: 'false',
    NEO4J_URI: bench.uri,
    NEO4J_USER: bench.user,
    NEO4J_PASSWORD: bench.password,
    // An attacker varies the request: every one is computed (the response cache would answer repeats at once).
    RESPONSE_CACHE: '0',
  };
  const partyIds = dataset.parties.rows.map((p) => p.id);

  // The refused attacks run against GraphQL in the main thread, where the round trips to Neo4j can be counted.
  const counting = await createApp(loadConfig({ ...settings, GRAPHQL_WORKERS: '0' }), bench.db, createLogger('silent'));
  const countingBase = `http://127.0.0.1:${await counting.listen(0, '127.0.0.1')}`;
  await counting.executor;
  const refused: { attack: Attack; answer: Answer; calls: number }[] = [];
  for (const attack of rejectedAttacks(partyIds)) {
    const before = bench.db.calls;
    const answer = await send(`${countingBase}/graphql`, 'POST', { query: attack.query, variables: attack.variables });
    refused.push({ attack, answer, calls: bench.db.calls - before });
    log(`${attack.name}: ${answer.status} ${answer.code ?? ''} in ${answer.ms.toFixed(0)} ms`);
  }
  await counting.stop();

  // Everything else against the server as it runs by default: GraphQL in its worker threads.
  const config = loadConfig(settings);
  const app = await createApp(config, bench.db, createLogger('silent'));
  const base = `http://127.0.0.1:${await app.listen(0, '127.0.0.1')}`;
  await app.executor;
  const gql = (a: Attack) => send(`${base}/graphql`, 'POST', { query: a.query, variables: a.variables });
  log(`server: GraphQL in ${config.workers} worker threads`);

  const loadBefore = os.loadavg()[0]!;
  const quiet = await probe(base, 20);
  log(
    `quiet: /healthz p95 ${percentile(
      quiet.health.map((a) => a.ms),
      95,
    ).toFixed(1)} ms`,
  );
  const measured: { attack: Attack; answer: Answer }[] = [];
  for (const attack of acceptedCandidates(partyIds)) {
    const answer = await gql(attack);
    measured.push({ attack, answer });
    log(`${attack.name}: ${answer.status} ${answer.code ?? 'ok'} in ${answer.ms.toFixed(0)} ms, ${answer.bytes} bytes`);
  }
  // The slowest that answered in full; if none did, the lightest (the load then measures the cut-off).
  const answered = measured.filter((m) => m.answer.status === 200 && !m.answer.code).sort((a, b) => b.answer.ms - a.answer.ms);
  const heaviest = answered[0] ?? measured[0]!;
  log(`loading with ${CLIENTS} clients × "${heaviest.attack.name}" for ${seconds} s`);

  const end = performance.now() + seconds * 1000;
  const loopDelay = monitorEventLoopDelay({ resolution: 10 });
  loopDelay.enable();
  let rssMax = 0;
  const loadAverages: number[] = [];
  const order: LoadOrder = { url: `${base}/graphql`, attack: heaviest.attack, clients: CLIENTS, seconds };
  // Node 20 does not hand `--import tsx` on to a worker: the worker registers tsx itself, then loads the script.
  const script = `import(${JSON.stringify(import.meta.resolve('tsx/esm/api'))}).then(({ register }) => {
    register();
    return import(${JSON.stringify(new URL('./load.ts', import.meta.url).href)});
  })`;
  const worker = new Worker(script, { eval: true, workerData: order });
  const heavyDone = new Promise<Answer[]>((resolveLoad, reject) => {
    worker.once('message', (answers: Answer[]) => resolveLoad(answers));
    worker.once('error', reject);
  });
  // Two probers, each on its own: a slow cheap query must not thin out the health checks.
  const every100ms = async (ask: () => Promise<Answer>) => {
    const answers: Answer[] = [];
    while (performance.now() < end) {
      answers.push(await ask());
      await new Promise((r) => setTimeout(r, 100));
    }
    return answers;
  };
  const sampler = setInterval(() => {
    rssMax = Math.max(rssMax, process.memoryUsage().rss);
    loadAverages.push(os.loadavg()[0]!);
  }, 500);
  const probes = Promise.all([
    every100ms(() => send(`${base}/healthz`, 'GET')),
    every100ms(() => gql({ name: 'cheap', query: '{ networks { key } }' })),
  ]).then(([health, cheap]) => ({ health, cheap }));
  const heavy = await heavyDone;
  await worker.terminate();
  loopDelay.disable();
  const loaded = await probes;
  clearInterval(sampler);
  await app.stop();

  await writeSection({
    machine: `${os.cpus().length} cores, ${(os.totalmem() / 2 ** 30).toFixed(0)} GB`,
    workers: config.workers,
    refused,
    quiet,
    measured,
    heaviest,
    heavy,
    loaded,
    seconds,
    clients: CLIENTS,
    rssMax,
    load: { before: loadBefore, during: loadAverages },
    loopDelayMs: { p50: loopDelay.percentile(50) / 1e6, p99: loopDelay.percentile(99) / 1e6, max: loopDelay.max / 1e6 },
  });
  log('written to bench/RESULTS.md (section "Attack run")');
} catch (err) {
  failed = true;
  log(`failed: ${(err as Error).stack ?? String(err)}`);
} finally {
  await bench.stop();
}
process.exit(failed ? 1 : 0);

async function probe(base: string, n: number) {
  const health: Answer[] = [];
  const cheap: Answer[] = [];
  for (let i = 0; i < n; i += 1) {
    health.push(await send(`${base}/healthz`, 'GET'));
    cheap.push(await send(`${base}/graphql`, 'POST', { query: '{ networks { key } }' }));
  }
  return { health, cheap };
}
