import { summarize, type Sample } from './stats.js';

export interface MeasureOptions {
  /** Measured runs per way (after the warm-up). */
  runs: number;
  /** Warm-up rounds (fewer when a round is slow: warm-up stops after 15 s with at least 2 rounds). */
  warmup: number;
}

/** Every operation gets the same 200 measured runs, however slow it is. */
export const DEFAULT_MEASURE: MeasureOptions = { runs: 200, warmup: 20 };

async function timed(work: () => Promise<unknown>): Promise<number> {
  const t0 = performance.now();
  await work();
  return performance.now() - t0;
}

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
  const warmStart = performance.now();
  for (let round = 0; round < opts.warmup; round++) {
    for (const name of names) await ways[name]!();
    if (round >= 1 && performance.now() - warmStart > 15_000) break;
  }
  const times: Record<string, number[]> = Object.fromEntries(names.map((n) => [n, []]));
  for (let round = 0; round < opts.runs; round++) {
    for (const name of names) times[name]!.push(await timed(ways[name]!));
  }
  return Object.fromEntries(names.map((n) => [n, summarize(times[n]!)]));
}
