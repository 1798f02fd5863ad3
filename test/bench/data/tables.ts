import type { Parties } from './parties.js';
import { Rng } from './random.js';
import { QUALIFIERS, TABLE_KINDS, THEMES } from './vocabulary.js';
import { pad, type World } from './world.js';

/** A governance table as `cypher/import/tables.cypher` takes it. */
export interface TableRow {
  id: string;
  name: string;
  level: string;
  theme: string;
  municipalities: string[];
  convenedBy: string | null;
}

export interface SeatRow {
  tableId: string;
  partyId: string;
}

const LEVELS = [
  ['local', 60],
  ['regional', 35],
  ['national', 5],
] as const;

/**
 * Tables in a home place (local), a few places of its province (regional) or
 * none (national), seating local parties; 15 % copy an earlier table of their
 * province with up to two seats changed, so that duplicate tables exist.
 */
export function makeTables(count: number, seats: readonly [number, number], world: World, parties: Parties, seed: number) {
  const rng = new Rng(seed, 4);
  const tables: TableRow[] = [];
  const seatRows: SeatRow[] = [];
  const seatsOf: number[][] = [];
  const byProvince = new Map<string, number[]>();
  for (let i = 0; i < count; i++) {
    const home = rng.byCumulative(world.cumulative);
    const place = world.places[home]!;
    const level = rng.weighted(LEVELS);
    const province = world.byProvince.get(place.province)!;
    const covers = new Set<string>();
    if (level !== 'national') covers.add(place.code);
    if (level === 'regional') for (let k = rng.int(1, 5); k > 0; k--) covers.add(world.places[rng.pick(province)]!.code);
    const local = parties.byPlace[home]!;
    const regional = parties.byProvince.get(place.province)!;
    const earlier = byProvince.get(place.province) ?? [];
    const chosen = new Set<number>();
    const draw = () => {
      const x = rng.float();
      const pool = level === 'national' ? (x < 0.4 ? parties.hubs : regional) : x < 0.55 ? local : x < 0.95 ? regional : parties.hubs;
      return rng.pick(pool.length > 0 ? pool : regional);
    };
    if (earlier.length > 0 && rng.chance(0.15)) {
      for (const p of seatsOf[rng.pick(earlier)]!) chosen.add(p);
      for (let k = rng.int(0, 2); k > 0; k--) {
        chosen.delete(rng.pick([...chosen]));
        chosen.add(draw());
      }
    } else {
      const want = rng.int(seats[0], seats[1]);
      for (let tries = 0; chosen.size < want && tries < want * 8; tries++) chosen.add(draw());
    }
    const id = pad('tb', i + 1);
    tables.push({
      id,
      name: `${rng.pick(TABLE_KINDS)} ${rng.pick(QUALIFIERS)} ${place.name}`,
      level,
      theme: rng.pick(THEMES),
      municipalities: [...covers],
      convenedBy: rng.chance(0.7) ? parties.rows[local[0] ?? regional[0]!]!.id : null,
    });
    seatsOf.push([...chosen]);
    for (const p of chosen) seatRows.push({ tableId: id, partyId: parties.rows[p]!.id });
    if (!byProvince.has(place.province)) byProvince.set(place.province, []);
    byProvince.get(place.province)!.push(i);
  }
  return { tables, seats: seatRows };
}
