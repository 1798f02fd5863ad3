import type { LoadReport } from '../db/load.js';
import type { LoadResult } from '../scenarios/concurrency.js';
import type { Sample } from '../scenarios/stats.js';
import type { Fixed } from '../scenarios/operations.js';
import type { Machine } from './machine.js';
import type { ClientResult } from '../client/result.js';
import type { TimeResult } from '../scenarios/time-bench.js';

export type LoadAvg = [number, number, number];

/** dbHits summed over the PROFILE plans of every statement one way runs for an operation. */
export interface DbHits {
  dbHits: number;
  statements: number;
}

export interface OperationResult {
  key: string;
  kind: 'analytic' | 'list-detail';
  /** (a) our GraphQL server over HTTP; (b) the same Cypher, bare driver; (c) @neo4j/graphql over HTTP. */
  ours: Sample;
  bare: Sample;
  neo4jGraphql?: Sample;
  /** p50 ratios (and p95 ratios) between the ways. */
  oursToBare: { p50: number; p95: number };
  oursToNeo4jGraphql?: { p50: number; p95: number };
  dbHits: { ours: DbHits; bare: DbHits; neo4jGraphql?: DbHits };
  /** p50 as a multiple of the floor's p50. */
  floorMultiple: { ours: number; bare: number };
  loadAvg: LoadAvg;
}

export interface TierResult {
  tier: string;
  date: string;
  machine: Machine;
  loadAvg: { start: LoadAvg; end: LoadAvg };
  dataset: Record<string, number>;
  load: LoadReport;
  fixed: Fixed;
  operations: OperationResult[];
  floor: { sample: Sample; dbHits: number };
  /** The fixed cost of a request: `{ __typename }` over HTTP to each GraphQL server, and `RETURN 1` through the bare driver. */
  overhead?: { ours: Sample; bare: Sample; neo4jGraphql: Sample };
  /** `computed` (cold): every request computed (response cache off, GraphQL in the main thread); `cached` (warm): the server as it runs by default (worker threads, response cache warmed by one request); `bare`: the same statements through the bare driver. Older results have no mode: computed. */
  concurrency: { operation: string; mode?: 'computed' | 'cached' | 'bare'; runs: LoadResult[] }[];
  /** On the warm server: the first read after a write (a data version bump) and the one after it, ms. */
  /** `burstMs`: 32 clients asking the same at once right after a write, until the last has its answer (older results: absent). */
  writeThenRead?: { operation: string; firstMs: number; nextMs: number; burstMs?: number }[];
  /** The bench process (both servers, @neo4j/graphql, the load generator) after the warm runs, MB. */
  memory?: { rssMb: number; heapMb: number };
  client?: ClientResult;
  /** The as-of analytics against the statements as they were before dates (DESIGN.md §9.3). */
  time?: TimeResult[];
  notes: string[];
}
