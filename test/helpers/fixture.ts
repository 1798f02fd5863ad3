import type { Db } from '@dsv/neo4j';

/**
 * A small graph in which every analytic can be counted by hand (see
 * test/analytics/README.md for the counts). Municipality codes and positions
 * are test values, not the gazetteer's; they lie on one meridian so that
 * distances are simple arcs.
 */
export const MUNICIPALITIES = [
  { code: 'GM9001', name: 'Noordstad', province: 'Provincie A', lat: 52.0, lon: 5.0 },
  { code: 'GM9002', name: 'Middendorp', province: 'Provincie A', lat: 52.1, lon: 5.0 },
  { code: 'GM9003', name: 'Zuidhaven', province: 'Provincie B', lat: 53.0, lon: 5.0 },
  { code: 'GM9004', name: 'Leegveld', province: 'Provincie B', lat: 53.5, lon: 5.0 },
];

export const PARTIES = [
  { id: 'a', name: 'Huisarts Noord', domain: 'care', municipality: 'GM9001' },
  { id: 'b', name: 'Welzijn Noord', domain: 'social', municipality: 'GM9001' },
  { id: 'c', name: 'Gemeente Noord', domain: 'financier-municipality', municipality: 'GM9001' },
  { id: 'd', name: 'Bewoners Noord', domain: 'citizens', municipality: 'GM9001' },
  { id: 'e', name: 'ZonMw', domain: 'national', municipality: null },
  { id: 'f', name: 'Aardig Bedrijf', domain: 'business', municipality: 'GM9003' },
];

const partnership = (
  id: string,
  name: string,
  networks: string[],
  municipalities: string[],
  themes: string[],
  lat: number | null,
  phase: number | null,
) => ({
  id,
  name,
  networks,
  municipalities,
  themes,
  phase,
  startYear: 2020,
  lat,
  lon: lat === null ? null : 5.0,
  locationDerived: lat === null ? null : false,
  website: null,
  source: 'test',
  description: `Beschrijving van ${name}`,
  approach: 'bottom-up',
  financing: 'mixed',
});

export const PARTNERSHIPS = [
  partnership('p1', 'Samen Gezond Noord', ['alpha', 'beta'], ['GM9001'], ['Leefstijl', 'Valpreventie'], 52.0, 3),
  partnership('p2', 'Vitaal Middendorp', ['alpha'], ['GM9001', 'GM9002'], ['Leefstijl'], 52.1, 2),
  partnership('p3', 'Gezond Leven Midden', ['beta'], ['GM9002'], ['Leefstijl', 'Valpreventie', 'Eenzaamheid'], 52.3, 1),
  partnership('p4', 'Zuidhaven Zorgt', ['gamma'], ['GM9003'], ['Leefstijl'], 53.0, 4),
  partnership('p5', 'Nergens Netwerk', [], [], [], null, null),
];

export const MEMBERSHIPS = [
  ...['a', 'b', 'c', 'd'].map((party) => ({ partnershipId: 'p1', partyId: party, role: party === 'a' ? 'trekker' : 'deelnemer' })),
  ...['a', 'c'].map((party) => ({ partnershipId: 'p2', partyId: party, role: null })),
  ...['b', 'c'].map((party) => ({ partnershipId: 'p3', partyId: party, role: null })),
  { partnershipId: 'p4', partyId: 'a', role: null },
  { partnershipId: 'p5', partyId: 'f', role: null },
];

export const TABLES = [
  { id: 'tx', name: 'Regietafel Noord', level: 'regional', theme: 'Leefstijl', municipalities: ['GM9001', 'GM9002'], convenedBy: 'c' },
  { id: 'ty', name: 'Gezondheidstafel Noord', level: 'local', theme: 'Leefstijl', municipalities: ['GM9001'], convenedBy: null },
  { id: 'tz', name: 'Zuidtafel', level: 'local', theme: 'Eenzaamheid', municipalities: ['GM9003'], convenedBy: 'e' },
];

export const SEATS = [
  ...['a', 'b', 'c'].map((party) => ({ tableId: 'tx', partyId: party })),
  ...['a', 'b', 'c', 'd'].map((party) => ({ tableId: 'ty', partyId: party })),
  ...['a', 'e', 'f'].map((party) => ({ tableId: 'tz', partyId: party })),
];

export const NETWORKS = [
  { key: 'alpha', name: 'Alfa-netwerk', reportedCount: 2, coordinators: ['e'] },
  { key: 'beta', name: 'Bèta-netwerk', reportedCount: null, coordinators: [] },
  { key: 'gamma', name: 'Gamma-netwerk', reportedCount: 1, coordinators: ['e'] },
];

export const INITIATIVES = [{ id: 'i1', name: 'Beweegmaatje', partnershipId: 'p1', scalingStatus: 'scaling' }];

/** Writes the fixture through the import statements (the same Cypher the import uses). */
export async function loadFixture(db: Db): Promise<void> {
  await db.write('import/municipalities', { rows: MUNICIPALITIES });
  await db.write('import/parties', { rows: PARTIES });
  await db.write('import/networks', { rows: NETWORKS });
  await db.write('import/partnerships', { rows: PARTNERSHIPS });
  await db.write('import/memberships', { rows: MEMBERSHIPS });
  await db.write('import/tables', { rows: TABLES });
  await db.write('import/seats', { rows: SEATS });
  await db.write('import/initiatives', { rows: INITIATIVES });
  // As every import does: answers cached for the data before are stale.
  await db.write('meta/bump-data-version');
}

/** Great-circle distance as Neo4j computes it for WGS-84 points on one meridian. */
export function meridianKm(latA: number, latB: number): number {
  return (6378.14 * Math.abs(latA - latB) * Math.PI) / 180;
}
