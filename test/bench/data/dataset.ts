import { datePartnerships, dateRows } from './dates.js';
import { makeParties, type Parties } from './parties.js';
import { Rng } from './random.js';
import { makePartnerships, type Partnerships } from './partnerships.js';
import { makeTables, type SeatRow, type TableRow } from './tables.js';
import type { Tier } from './tiers.js';
import { NETWORKS } from './vocabulary.js';
import { makeWorld, type World } from './world.js';

export interface NetworkRow {
  key: string;
  name: string;
  reportedCount: number;
  coordinators: string[];
}

/** Everything of a tier but its memberships, which are generated batch by batch while they load. */
export interface Dataset {
  world: World;
  parties: Parties;
  networks: NetworkRow[];
  partnerships: Partnerships;
  tables: TableRow[];
  seats: SeatRow[];
}

/** The same seed gives the same dataset on every machine. */
export function makeDataset(tier: Tier, seed: number): Dataset {
  const world = makeWorld(seed);
  const parties = makeParties(tier.parties, world, seed);
  // Each network is coordinated by one or two national parties, by position.
  const networks = NETWORKS.map((n, i) => ({
    ...n,
    coordinators: [
      parties.rows[parties.national[i % parties.national.length]!]!.id,
      ...(i % 2 === 0 ? [parties.rows[parties.national[8]!]!.id] : []),
    ],
  }));
  const generated = makePartnerships(tier.partnerships, world, seed);
  // Dated (DESIGN.md §9.3), each kind from a stream of its own: the rest is the same as undated.
  const partnerships = { ...generated, rows: datePartnerships(generated.rows, seed) };
  const made = makeTables(tier.tables, tier.seats, world, parties, seed);
  const [seats = []] = dateRows([made.seats], new Rng(seed, 13), 0.1, 0.06);
  return { world, parties, networks, partnerships, tables: made.tables, seats };
}
