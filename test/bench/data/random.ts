import { Random } from '@dsv/seed';

/**
 * The illustrative dataset's seeded source of choices, with streams: each kind
 * of row (parties, partnerships, …) gets its own, so a tier's partnerships are
 * the same whether or not its memberships are generated too.
 */
export class Rng extends Random {
  constructor(seed: number, stream: number) {
    super(seed * 1_000_003 + stream);
  }

  /** An index in [0, cumulative.length) drawn by the weights whose running sums `cumulative` holds. */
  byCumulative(cumulative: readonly number[]): number {
    const x = this.float() * cumulative[cumulative.length - 1]!;
    let lo = 0;
    let hi = cumulative.length - 1;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (cumulative[mid]! > x) hi = mid;
      else lo = mid + 1;
    }
    return lo;
  }
}
