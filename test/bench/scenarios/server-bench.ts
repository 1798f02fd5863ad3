import type { Driver } from 'neo4j-driver';
import { benchCypher } from '../cypher/index.js';
import type { DbHits, LoadAvg, OperationResult } from '../report/result.js';
import { load } from '../report/machine.js';
import type { OurServer } from '../servers/ours.js';
import type { Neo4jGraphQLServer } from '../servers/neo4j-graphql.js';
import { postGraphQL } from '../servers/http.js';
import { bareRunner, profile, profilingRunner } from './bare.js';
import { measureInterleaved, type MeasureOptions } from './latency.js';
import type { Operation } from './operations.js';
import type { Sample } from './stats.js';

const ratio = (a: number, b: number) => Math.round((a / b) * 100) / 100;

export interface Servers {
  driver: Driver;
  ours: OurServer;
  /** Ours as it runs by default: worker threads and the response cache (the concurrency scenario). */
  oursCached: OurServer;
  neo4jGraphql: Neo4jGraphQLServer;
}

/** The floor: one full pass over all memberships, bare driver, measured like the operations. */
export async function measureFloor(driver: Driver, opts: MeasureOptions): Promise<{ sample: Sample; dbHits: number }> {
  const text = benchCypher('floor');
  const { floor } = await measureInterleaved({ floor: () => driver.executeQuery(text, {}, { routing: 'READ' }) }, opts);
  return { sample: floor!, dbHits: (await profile(driver, text, {})).dbHits };
}

/** dbHits of what our server runs for the operation: the statements it actually ran, PROFILEd one by one. */
async function oursDbHits(s: Servers, op: Operation): Promise<DbHits> {
  const statements = await s.ours.db.record(() => postGraphQL(s.ours.url, op.ours));
  const total = { dbHits: 0, statements: 0 };
  const run = profilingRunner(s.driver, total);
  for (const st of statements) await run(st.name, st.params);
  return total;
}

async function neo4jGraphqlDbHits(s: Servers, op: Operation): Promise<DbHits | undefined> {
  if (!op.neo4jGraphql) return undefined;
  const statements = await s.neo4jGraphql.capture(op.neo4jGraphql);
  let dbHits = 0;
  for (const st of statements) dbHits += (await profile(s.driver, st.text, st.params)).dbHits;
  return { dbHits, statements: statements.length };
}

/** One operation, all its ways in one interleaved run, then its dbHits. */
export async function benchOperation(
  s: Servers,
  op: Operation,
  floor: Sample,
  opts: MeasureOptions,
  log: (m: string) => void,
): Promise<OperationResult> {
  const bare = bareRunner(s.driver);
  const ways: Record<string, () => Promise<unknown>> = {
    ours: () => postGraphQL(s.ours.url, op.ours),
    bare: () => op.bare(bare),
  };
  if (op.neo4jGraphql) ways.neo4jGraphql = () => postGraphQL(s.neo4jGraphql.url, op.neo4jGraphql!);
  const loadAvg: LoadAvg = load();
  const samples = await measureInterleaved(ways, opts);
  const bareHits = { dbHits: 0, statements: 0 };
  await op.bare(profilingRunner(s.driver, bareHits));
  const result: OperationResult = {
    key: op.key,
    kind: op.kind,
    ours: samples.ours!,
    bare: samples.bare!,
    neo4jGraphql: samples.neo4jGraphql,
    oursToBare: { p50: ratio(samples.ours!.p50, samples.bare!.p50), p95: ratio(samples.ours!.p95, samples.bare!.p95) },
    oursToNeo4jGraphql: samples.neo4jGraphql
      ? { p50: ratio(samples.ours!.p50, samples.neo4jGraphql.p50), p95: ratio(samples.ours!.p95, samples.neo4jGraphql.p95) }
      : undefined,
    dbHits: { ours: await oursDbHits(s, op), bare: bareHits, neo4jGraphql: await neo4jGraphqlDbHits(s, op) },
    floorMultiple: { ours: ratio(samples.ours!.p50, floor.p50), bare: ratio(samples.bare!.p50, floor.p50) },
    loadAvg,
  };
  const c = result.neo4jGraphql ? `  @neo4j/graphql p50 ${result.neo4jGraphql.p50} ms (a/c ${result.oursToNeo4jGraphql!.p50})` : '';
  log(
    `  ${op.key.padEnd(28)} runs ${result.ours.runs}  ours p50 ${result.ours.p50} ms  bare p50 ${result.bare.p50} ms (a/b ${result.oursToBare.p50})${c}  dbHits ${result.dbHits.bare.dbHits}`,
  );
  return result;
}
