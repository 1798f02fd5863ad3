import { summarize, type Sample } from './stats.js';

export interface MeasureOptions {
  /** Measured runs per way (after the warm-up). */
  runs: number;
  /** Warm-up rounds (fewer when a round is slow: warm-up stops after 15 s with at least 2 rounds). */
  warmup: number;
  /** A way whose warm-up median is above this is "slow": it gets fewer runs, to fit the budget. */
  slowMs: number;
  /** Time the measured rounds of one slow operation may take. */
  budgetMs: number;
  /** Never fewer runs than this. */
  minRuns: number;
}

export const DEFAULT_MEASURE: MeasureOptions = { runs: 200, warmup: 20, slowMs: 1000, budgetMs: 120_000, minRuns: 10 };

async function timed(work: () => Promise<unknown>): Promise<number> {
  const t0 = performance.now();
  await work();
  return performance.now() - t0;
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? 0;

/**
 * Times several ways of doing the same thing, warm: a warm-up first, then
 * rounds in which each way runs once in turn, so that a change in the
 * machine's load (it is shared) falls on every way alike.
 */
export async function measureInterleaved(
  ways: Record<string, () => Promise<unknown>>,
  opts: MeasureOptions = DEFAULT_MEASURE,
): Promise<Record<string, Sample>> {
  const names = Object.keys(ways);
  const warm: Record<string, number[]> = Object.fromEntries(names.map((n) => [n, []]));
  const warmStart = performance.now();
  for (let round = 0; round < opts.warmup; round++) {
    for (const name of names) warm[name]!.push(await timed(ways[name]!));
    if (round >= 1 && performance.now() - warmStart > 15_000) break;
  }
  const medians = names.map((n) => median(warm[n]!));
  const roundMs = medians.reduce((a, b) => a + b, 0);
  const slow = Math.max(...medians) > opts.slowMs;
  const runs = slow ? Math.min(opts.runs, Math.max(opts.minRuns, Math.floor(opts.budgetMs / roundMs))) : opts.runs;
  const times: Record<string, number[]> = Object.fromEntries(names.map((n) => [n, []]));
  for (let round = 0; round < runs; round++) {
    for (const name of names) times[name]!.push(await timed(ways[name]!));
  }
  return Object.fromEntries(names.map((n) => [n, summarize(times[n]!)]));
}
