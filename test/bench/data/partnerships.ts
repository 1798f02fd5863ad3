import { Rng } from './random.js';
import { NETWORKS, PARTNERSHIP_PREFIXES, QUALIFIERS, THEMES } from './vocabulary.js';
import { pad, type World } from './world.js';

/** A partnership as `cypher/import/partnerships.cypher` takes it. */
export interface PartnershipRow {
  id: string;
  name: string;
  description: string;
  startYear: number;
  phase: number;
  approach: string;
  financing: string;
  website: null;
  source: string;
  lat: number;
  lon: number;
  locationDerived: boolean;
  networks: string[];
  municipalities: string[];
  themes: string[];
}

export interface Partnerships {
  rows: PartnershipRow[];
  /** Each partnership's home place (index into the world's places). */
  homes: number[];
}

const NETWORK_WEIGHTS = NETWORKS.map((n) => [n.key, n.reportedCount] as const);

/**
 * Partnerships around a home place drawn by weight (within about 5 km of it),
 * active in it and up to two other places of its province; one network by the
 * report's counts, a second one for 15 % (the overlap the analytics look for).
 */
export function makePartnerships(count: number, world: World, seed: number): Partnerships {
  const rng = new Rng(seed, 2);
  const rows: PartnershipRow[] = [];
  const homes: number[] = [];
  for (let i = 0; i < count; i++) {
    const home = rng.byCumulative(world.cumulative);
    const place = world.places[home]!;
    const province = world.byProvince.get(place.province)!;
    const municipalities = new Set([place.code]);
    for (let k = rng.int(0, 2); k > 0; k--) municipalities.add(world.places[rng.pick(province)]!.code);
    const networks = new Set([rng.weighted(NETWORK_WEIGHTS)]);
    if (rng.chance(0.15)) networks.add(rng.weighted(NETWORK_WEIGHTS));
    const themes = new Set<string>();
    for (let k = rng.int(1, 4); k > 0; k--) themes.add(rng.pick(THEMES));
    const name = `${rng.pick(PARTNERSHIP_PREFIXES)} ${place.name}${rng.chance(0.5) ? ` ${rng.pick(QUALIFIERS)}` : ''}`;
    rows.push({
      id: pad('ps', i + 1),
      name,
      description: `${name}: samen werken aan ${[...themes].join(', ').toLowerCase()} in ${place.name}.`,
      startYear: rng.int(2015, 2024),
      phase: rng.int(1, 4),
      approach: rng.chance(0.6) ? 'bottom-up' : 'top-down',
      financing: rng.pick(['own', 'external', 'mixed']),
      website: null,
      source: 'benchmark (generated)',
      lat: place.lat + (rng.float() - 0.5) * 0.09,
      lon: place.lon + (rng.float() - 0.5) * 0.14,
      locationDerived: false,
      networks: [...networks],
      municipalities: [...municipalities],
      themes: [...themes],
    });
    homes.push(home);
  }
  return { rows, homes };
}
