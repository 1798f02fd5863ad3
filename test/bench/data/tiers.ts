/** How big a benchmark dataset is, and how much memory its Neo4j gets. */
export interface Tier {
  name: TierName;
  partnerships: number;
  parties: number;
  memberships: number;
  tables: number;
  /** Seats per table, drawn uniformly from this range. */
  seats: readonly [number, number];
  heap: string;
  pageCache: string;
}

export type TierName = 'S' | 'M' | 'L';

/**
 * The tiers of issue 8. S names no table count: 200 keeps its tables in the
 * same proportion to partnerships as M's. Seats are not named either: 6–14
 * per table (as in the illustrative dataset) for every tier.
 */
export const TIERS: Readonly<Record<TierName, Tier>> = {
  S: { name: 'S', partnerships: 500, parties: 5_000, memberships: 20_000, tables: 200, seats: [6, 14], heap: '1g', pageCache: '512m' },
  M: {
    name: 'M',
    partnerships: 10_000,
    parties: 100_000,
    memberships: 300_000,
    tables: 5_000,
    seats: [6, 14],
    heap: '2g',
    pageCache: '2g',
  },
  L: {
    name: 'L',
    partnerships: 50_000,
    parties: 100_000,
    memberships: 1_000_000,
    tables: 20_000,
    seats: [6, 14],
    heap: '4g',
    pageCache: '4g',
  },
};

export const SEED = 20_221_231;

export function isTierName(value: string): value is TierName {
  return value === 'S' || value === 'M' || value === 'L';
}
