import { makeDataset } from './data/dataset.js';
import { SEED, type Tier } from './data/tiers.js';
import { benchCypher } from './cypher/index.js';
import { startBenchDatabase, type BenchDatabase } from './db/database.js';
import { loadDataset, type LoadReport } from './db/load.js';
import { describeMachine, load } from './report/machine.js';
import type { OperationResult, TierResult } from './report/result.js';
import { cypher } from '@dsv/cypher';
import { bareRunner } from './scenarios/bare.js';
import { benchConcurrency } from './scenarios/concurrency-bench.js';
import { measureInterleaved, type MeasureOptions } from './scenarios/latency.js';
import { operations, type Fixed, type Operation } from './scenarios/operations.js';
import { benchOperation, measureFloor, type Servers } from './scenarios/server-bench.js';
import { benchTime, REPORT_DAY, type TimeResult } from './scenarios/time-bench.js';
import { today } from '@dsv/server/dates';
import { postGraphQL } from './servers/http.js';
import { startNeo4jGraphQL } from './servers/neo4j-graphql.js';
import { startOurServer } from './servers/ours.js';

/** The analytics a meeting room opens at once, and one detail query. */
const CONCURRENCY_OPS = ['crowding', 'regionCrowding GGD', 'networkOverlap PARTIES', 'duplicateTables', 'partnership(id)'];

export interface TierOptions {
  measure: MeasureOptions;
  /** Seconds per concurrency level. */
  loadSeconds: number;
  connections: number[];
}

interface TierContext {
  bench: BenchDatabase;
  servers: Servers;
  ops: Operation[];
  fixed: Fixed;
  dataset: Record<string, number>;
  loaded: LoadReport;
}

/**
 * Sets a tier up: its own Neo4j, the generated data loaded through the
 * import's statements, both GraphQL servers; then `work`, then tears it all down.
 */
async function withTier<T>(tier: Tier, log: (m: string) => void, work: (ctx: TierContext) => Promise<T>): Promise<T> {
  const bench = await startBenchDatabase(tier, log);
  try {
    log(`[bench ${tier.name}] generating (seed ${SEED})…`);
    const ds = makeDataset(tier, SEED);
    const loaded = await loadDataset(bench.db, tier, ds, SEED, log);
    log(`[bench ${tier.name}] loaded in ${loaded.seconds.toFixed(1)} s`);
    const [counts] = (await bench.driver.executeQuery(benchCypher('counts'))).records.map((r) => r.toObject());
    const dataset = Object.fromEntries(Object.entries(counts!).map(([k, v]) => [k, Number(v)]));
    const servers: Servers = {
      driver: bench.driver,
      ours: await startOurServer(bench),
      oursCached: await startOurServer(bench, { cached: true }),
      neo4jGraphql: await startNeo4jGraphQL(bench.driver),
    };
    try {
      const fixed = fixedChoices(ds);
      const ops = operations(fixed);
      // Every way of every operation must answer before anything is timed.
      for (const op of ops) {
        await postGraphQL(servers.ours.url, op.ours);
        if (op.neo4jGraphql) await postGraphQL(servers.neo4jGraphql.url, op.neo4jGraphql);
      }
      return await work({ bench, servers, ops, fixed, dataset, loaded });
    } finally {
      await servers.ours.close();
      await servers.oursCached.close();
      await servers.neo4jGraphql.close();
    }
  } finally {
    await bench.stop();
  }
}

/** The concurrency scenario's results: the load runs, the first read after a write, the memory it took. */
/** Clients asking the same question at once right after a write. */
const BURST_CLIENTS = 32;

type ConcurrencyResults = Pick<TierResult, 'concurrency' | 'writeThenRead' | 'memory'>;

/**
 * Each operation on the server computing every answer (cold), on the server
 * as it runs by default (warm: worker threads, the response cache), and the
 * same statements through the bare driver; then, on the warm server, the
 * first read after a write and the process's memory with the cache full.
 */
async function concurrencyOf(ctx: TierContext, opts: TierOptions, log: (m: string) => void): Promise<ConcurrencyResults> {
  const ops = CONCURRENCY_OPS.map((key) => ctx.ops.find((o) => o.key === key)!);
  const concurrency: TierResult['concurrency'] = [];
  for (const mode of ['computed', 'cached', 'bare'] as const) {
    log(`[bench] concurrency, ${mode}…`);
    const target = { computed: ctx.servers.ours.url, cached: ctx.servers.oursCached.url, bare: bareRunner(ctx.bench.driver) }[mode];
    const runs = await benchConcurrency(target, ctx.bench.driver, ops, opts.connections, opts.loadSeconds, log);
    concurrency.push(...runs.map((r) => ({ ...r, mode })));
  }
  const memory = { rssMb: Math.round(process.memoryUsage().rss / 2 ** 20), heapMb: Math.round(process.memoryUsage().heapUsed / 2 ** 20) };
  log(`[bench] memory with the cache warm: rss ${memory.rssMb} MB, JS heap ${memory.heapMb} MB`);
  const writeThenRead = [];
  for (const op of ops) {
    // A write: the data version goes up, as in every import and edit's transaction.
    await ctx.bench.driver.executeQuery(cypher('meta/bump-data-version'));
    const t0 = performance.now();
    await postGraphQL(ctx.servers.oursCached.url, op.ours);
    const firstMs = Math.round((performance.now() - t0) * 10) / 10;
    const t1 = performance.now();
    await postGraphQL(ctx.servers.oursCached.url, op.ours);
    const nextMs = Math.round((performance.now() - t1) * 10) / 10;
    // A room full of users opening the same page right after a write: concurrent identical misses share one computation.
    await ctx.bench.driver.executeQuery(cypher('meta/bump-data-version'));
    const t2 = performance.now();
    await Promise.all(Array.from({ length: BURST_CLIENTS }, () => postGraphQL(ctx.servers.oursCached.url, op.ours)));
    const burstMs = Math.round((performance.now() - t2) * 10) / 10;
    log(
      `  ${op.key}: first read after a write ${firstMs} ms, the next ${nextMs} ms; ${BURST_CLIENTS} at once after a write: all answered in ${burstMs} ms`,
    );
    writeThenRead.push({ operation: op.key, firstMs, nextMs, burstMs });
  }
  return { concurrency, writeThenRead, memory };
}

/** Only the concurrency scenario of a tier (to redo it without the hour of latency runs at tier L). */
export function runTierConcurrency(tier: Tier, opts: TierOptions, log: (m: string) => void): Promise<ConcurrencyResults> {
  return withTier(tier, log, (ctx) => concurrencyOf(ctx, opts, log));
}

/** The as-of analytics against the statements as they were before dates, on the tier's dated data. */
function timeOf(ctx: TierContext, opts: TierOptions, log: (m: string) => void): Promise<TimeResult[]> {
  log(`[bench] as of a date (DESIGN.md §9.3): undated statements, as of today, as of ${REPORT_DAY}…`);
  return benchTime(ctx.bench.driver, today(), opts.measure, log);
}

/** Only the time scenario of a tier (to add it without the hour of latency runs at tier L). */
export function runTierTime(tier: Tier, opts: TierOptions, log: (m: string) => void): Promise<TimeResult[]> {
  return withTier(tier, log, (ctx) => timeOf(ctx, opts, log));
}

/** Every server scenario of one tier. */
export async function runTier(tier: Tier, opts: TierOptions, log: (m: string) => void): Promise<TierResult> {
  const loadStart = load();
  return withTier(tier, log, async (ctx) => {
    const { bench, servers } = ctx;
    const machine = await describeMachine(bench.driver);
    log(`[bench ${tier.name}] floor (one pass over ${ctx.dataset.memberships} memberships)…`);
    const floor = await measureFloor(bench.driver, opts.measure);
    log(`  floor p50 ${floor.sample.p50} ms, dbHits ${floor.dbHits}`);
    // The fixed cost of one request, whatever it asks: HTTP + GraphQL with no resolver work, and a bare round trip.
    const overhead = await measureInterleaved(
      {
        ours: () => postGraphQL(servers.ours.url, { query: '{ __typename }' }),
        bare: () => bench.driver.executeQuery('RETURN 1', {}, { routing: 'READ' }),
        neo4jGraphql: () => postGraphQL(servers.neo4jGraphql.url, { query: '{ __typename }' }),
      },
      opts.measure,
    );
    log(
      `  fixed cost p50: ours {__typename} ${overhead.ours!.p50} ms, bare RETURN 1 ${overhead.bare!.p50} ms, @neo4j/graphql {__typename} ${overhead.neo4jGraphql!.p50} ms`,
    );
    log(`[bench ${tier.name}] operations (warm, interleaved a/b/c)…`);
    const results: OperationResult[] = [];
    for (const op of ctx.ops) results.push(await benchOperation(servers, op, floor.sample, opts.measure, log));
    const { concurrency, writeThenRead, memory } = await concurrencyOf(ctx, opts, log);
    const time = await timeOf(ctx, opts, log);
    return {
      tier: tier.name,
      date: new Date().toISOString(),
      machine,
      loadAvg: { start: loadStart, end: load() },
      dataset: ctx.dataset,
      load: ctx.loaded,
      fixed: ctx.fixed,
      operations: results,
      floor,
      overhead: { ours: overhead.ours!, bare: overhead.bare!, neo4jGraphql: overhead.neo4jGraphql! },
      concurrency,
      writeThenRead,
      memory,
      time,
      notes: [],
    };
  });
}

/** A partnership in the most crowded place (the heaviest peers query), and a list filter that leaves a few pages. */
export function fixedChoices(ds: ReturnType<typeof makeDataset>): Fixed {
  const weights = ds.world.cumulative.map((c, i) => c - (ds.world.cumulative[i - 1] ?? 0));
  const busiest = weights.indexOf(Math.max(...weights));
  const index = Math.max(0, ds.partnerships.homes.indexOf(busiest));
  return { partnershipId: ds.partnerships.rows[index]!.id, networks: ['jzojp'], phases: [2, 3] };
}
