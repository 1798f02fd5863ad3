import type { Municipality } from '../gazetteer/index.js';
import { allMunicipalities, municipality, shortName } from './geo.js';
import type { PartnershipPlan } from './model.js';
import { namedPartnerships } from './named.js';
import { uniqueName, type NameKind } from './naming.js';
import type { NetworkKey } from './networks.js';
import type { Random } from './random.js';
import { REGIONS, region } from './regions.js';
import { WIJKEN } from './wijken.js';

/**
 * How the generated partnerships divide over the networks, next to the named
 * ones, so that every network gets exactly its reported count while the
 * overlaps the report describes appear: GROZzterdammen that are also NZa
 * experiments, JZOJP partnerships that are also AiG regional networks, a Kavel
 * that is also a local prevention agreement, GezondIn networks that are.
 */
const REGIONAL: { networks: NetworkKey[]; count: number; names: NameKind[] }[] = [
  { networks: ['groz', 'nza'], count: 1, names: ['groz-dam'] },
  { networks: ['groz'], count: 1, names: ['groz-dam'] },
  { networks: ['groz'], count: 4, names: ['groz-spe'] },
  { networks: ['kavels'], count: 1, names: ['kavels-spe'] },
  { networks: ['jzojp', 'aig'], count: 5, names: ['jzojp', 'aig'] },
  { networks: ['jzojp', 'nza'], count: 2, names: ['nza', 'jzojp'] },
  { networks: ['aig', 'nza'], count: 1, names: ['aig', 'nza'] },
  { networks: ['nza'], count: 1, names: ['nza'] },
  { networks: ['jzojp'], count: 35, names: ['jzojp'] },
  { networks: ['aig'], count: 8, names: ['aig'] },
];
const MUNICIPAL: { networks: NetworkKey[]; count: number; names: NameKind[] }[] = [
  { networks: ['kavels', 'lpa'], count: 1, names: ['kavels'] },
  { networks: ['gezondin', 'lpa'], count: 20, names: ['gezondin-town', 'lpa'] },
  { networks: ['lpa'], count: 237, names: ['lpa'] },
];
/** GezondIn networks that cross municipal borders ("ca. 6 gemeente-overstijgend"). */
const GEZONDIN_REGIONS = [
  'Parkstad',
  'Oost-Groningen',
  'Zuidoost-Drenthe',
  'Westelijke Mijnstreek',
  'Drechtsteden',
  'Zaanstreek-Waterland',
];
const GEZONDIN_WIJK_COUNT = 124;
/** Regions with a second or third regional partnership: where crowding shows. */
const REPEATED_REGIONS = 12;

export function planPartnerships(random: Random): PartnershipPlan[] {
  const named = namedPartnerships();
  const taken = new Set(named.map((p) => p.name));
  return [
    ...named,
    ...regional(random, taken),
    ...municipal(random, taken),
    ...gezondinRegional(random, taken),
    ...gezondinWijken(random, taken),
  ];
}

function regional(random: Random, taken: Set<string>): PartnershipPlan[] {
  const total = REGIONAL.reduce((sum, c) => sum + c.count, 0);
  const first = random.shuffle(REGIONS).slice(0, total - REPEATED_REGIONS);
  const regions = random.shuffle([...first, ...random.sample(first, REPEATED_REGIONS)]);
  return REGIONAL.flatMap((combo) =>
    Array.from({ length: combo.count }, () => {
      const r = regions.pop()!;
      const name = uniqueName(random, taken, r.name, ...combo.names, 'jzojp', 'aig');
      return { name, networks: combo.networks, scope: 'regional' as const, at: r.at, places: r.municipalities, area: r.name };
    }),
  );
}

/** Each local prevention agreement has its own municipality: 258 of the 342. */
function municipal(random: Random, taken: Set<string>): PartnershipPlan[] {
  const cities = new Set(Object.keys(WIJKEN).map((c) => municipality(c).code));
  const rest = random.shuffle(allMunicipalities());
  // A GezondIn network that is also the prevention agreement works town-wide: not in a city with wijk-level networks.
  const take = (count: number, fits: (m: Municipality) => boolean) =>
    rest
      .filter(fits)
      .slice(0, count)
      .map((m) => rest.splice(rest.indexOf(m), 1)[0]!);
  const chosen = MUNICIPAL.map((combo) => take(combo.count, (m) => !(combo.networks.includes('gezondin') && cities.has(m.code))));
  return MUNICIPAL.flatMap((combo, i) =>
    chosen[i]!.map((m) => ({
      name: uniqueName(random, taken, shortName(m), ...combo.names, 'lpa'),
      networks: combo.networks,
      scope: 'municipal' as const,
      at: m,
      places: [m],
    })),
  );
}

function gezondinRegional(random: Random, taken: Set<string>): PartnershipPlan[] {
  return GEZONDIN_REGIONS.map(region).map((r) => ({
    name: uniqueName(random, taken, r.name, 'gezondin-town', 'gezondin'),
    networks: ['gezondin'],
    scope: 'regional' as const,
    at: r.at,
    places: r.municipalities,
    area: r.name,
  }));
}

/** Neighbourhood networks in the larger cities; some join two adjacent wijken. */
function gezondinWijken(random: Random, taken: Set<string>): PartnershipPlan[] {
  const units = Object.entries(WIJKEN).flatMap(([city, wijken]) => random.shuffle(wijken).map((w) => ({ city, wijken: [w] })));
  if (units.length < GEZONDIN_WIJK_COUNT) throw new Error('illustrative data: too few wijken for the GezondIn networks');
  while (units.length > GEZONDIN_WIJK_COUNT) {
    const singles = units.filter((u) => u.wijken.length === 1);
    const pairable = singles.filter((u) => singles.some((v) => v !== u && v.city === u.city));
    const a = random.pick(pairable);
    const partner = pairable.find((u) => u !== a && u.city === a.city)!;
    a.wijken.push(...partner.wijken);
    units.splice(units.indexOf(partner), 1);
  }
  return random.shuffle(units).map((u) => {
    const area = u.wijken.join(' en ');
    const at = municipality(u.city);
    return { name: uniqueName(random, taken, area, 'gezondin'), networks: ['gezondin'], scope: 'wijk' as const, at, places: [at], area };
  });
}
