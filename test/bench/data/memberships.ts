import type { Parties } from './parties.js';
import type { Partnerships } from './partnerships.js';
import { Rng } from './random.js';
import type { World } from './world.js';

export interface MembershipRow {
  partnershipId: string;
  partyId: string;
  role: string | null;
}

const ROLES = [
  ['deelnemer', 60],
  ['financier', 10],
  [null, 30],
] as const;

/** Members per partnership: around the mean (±50 %), adjusted so that they add up to `total` exactly. */
export function memberCounts(total: number, partnerships: number, rng: Rng): number[] {
  const mean = total / partnerships;
  const counts = Array.from({ length: partnerships }, () => Math.max(1, Math.round(mean * (0.5 + rng.float()))));
  if (total < partnerships) throw new Error(`memberCounts: ${total} memberships cannot give ${partnerships} partnerships one each`);
  let missing = total - counts.reduce((a, b) => a + b, 0);
  const limit = partnerships * (Math.abs(missing) + 2);
  for (let i = 0, steps = 0; missing !== 0 && steps < limit; i = (i + 1) % partnerships, steps++) {
    const step = Math.sign(missing);
    if (counts[i]! + step < 1) continue;
    counts[i]! += step;
    missing -= step;
  }
  return counts;
}

/**
 * The memberships, a batch at a time (so a million rows never sit in memory
 * at once). Members come mostly from the home place and province, some from
 * anywhere, and a few are hubs (national parties, insurers, zorgkantoren).
 */
export function* membershipBatches(
  total: number,
  world: World,
  parties: Parties,
  ps: Partnerships,
  seed: number,
  batch: number,
): Generator<MembershipRow[]> {
  const rng = new Rng(seed, 3);
  const counts = memberCounts(total, ps.rows.length, rng);
  let rows: MembershipRow[] = [];
  for (let i = 0; i < ps.rows.length; i++) {
    const home = ps.homes[i]!;
    const local = parties.byPlace[home]!;
    const province = parties.byProvince.get(world.places[home]!.province)!;
    const want = counts[i]!;
    const chosen = new Set<number>();
    // Bounded: a pool too small to give `want` distinct parties ends with fewer tries to spare, then falls back below.
    for (let tries = 0; chosen.size < want && tries < want * 8; tries++) {
      const source = rng.float();
      const pool = source < 0.5 ? local : source < 0.85 ? province : source < 0.94 ? null : parties.hubs;
      chosen.add(pool === null || pool.length === 0 ? rng.int(0, parties.rows.length - 1) : rng.pick(pool));
    }
    for (let p = 0; chosen.size < want && p < parties.rows.length; p++) chosen.add(p);
    let first = true;
    for (const party of chosen) {
      rows.push({ partnershipId: ps.rows[i]!.id, partyId: parties.rows[party]!.id, role: first ? 'trekker' : rng.weighted(ROLES) });
      first = false;
      if (rows.length === batch) {
        yield rows;
        rows = [];
      }
    }
  }
  if (rows.length > 0) yield rows;
}
