import type { Driver } from 'neo4j-driver';
import { postGraphQL } from '../servers/http.js';
import { bareLoadTest, loadTest, type LoadResult } from './concurrency.js';
import { drain } from './drain.js';
import type { Operation, RunCypher } from './operations.js';

/**
 * 1, 8 and 32 clients on each operation. A level lasts `seconds`, or longer
 * for a slow operation (2 × clients × its single-client time, at most 90 s),
 * so that every client gets answers; Neo4j is drained between levels.
 */
export async function benchConcurrency(
  /** Our server's GraphQL URL, or the bare driver's runner: the same statements without the API. */
  target: string | RunCypher,
  driver: Driver,
  ops: Operation[],
  levels: number[],
  seconds: number,
  log: (m: string) => void,
): Promise<{ operation: string; runs: LoadResult[] }[]> {
  const out = [];
  for (const op of ops) {
    const once = typeof target === 'string' ? () => postGraphQL(target, op.ours) : () => op.bare(target);
    const t0 = performance.now();
    for (let i = 0; i < 3; i++) await once();
    const single = (performance.now() - t0) / 3;
    const runs = [];
    for (const connections of levels) {
      const duration = Math.min(90, Math.max(seconds, Math.ceil((2 * connections * single) / 1000)));
      await drain(driver);
      const r =
        typeof target === 'string'
          ? await loadTest(target, op.ours, connections, duration)
          : await bareLoadTest(once, connections, duration);
      log(
        `  ${op.key} × ${connections} clients, ${duration} s: ${r.reqPerSec} req/s, p95 ${r.latency.p95} ms, non-2xx ${r.non2xx}, errors ${r.errors}, timeouts ${r.timeouts}`,
      );
      runs.push(r);
    }
    await drain(driver);
    out.push({ operation: op.key, runs });
  }
  return out;
}
