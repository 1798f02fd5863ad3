import { findMunicipality, municipalities, type Municipality } from '../gazetteer/index.js';

const ALL = municipalities();

/** Great-circle distance in km (haversine). */
export function distanceKm(a: { lat: number; lon: number }, b: { lat: number; lon: number }): number {
  const rad = Math.PI / 180;
  const h =
    Math.sin(((b.lat - a.lat) * rad) / 2) ** 2 + Math.cos(a.lat * rad) * Math.cos(b.lat * rad) * Math.sin(((b.lon - a.lon) * rad) / 2) ** 2;
  return 2 * 6371 * Math.asin(Math.sqrt(h));
}

/** A municipality the data tables name; a typo there should fail at once, not produce a hole. */
export function municipality(name: string): Municipality {
  const m = findMunicipality(name);
  if (!m) throw new Error(`illustrative data: unknown municipality "${name}"`);
  return m;
}

/** The anchor and its `size - 1` nearest neighbours in the same province, nearest first. */
export function around(anchor: Municipality, size: number): Municipality[] {
  return ALL.filter((m) => m.province === anchor.province)
    .sort((a, b) => distanceKm(anchor, a) - distanceKm(anchor, b) || a.code.localeCompare(b.code))
    .slice(0, size);
}

export function inProvince(province: string): Municipality[] {
  return ALL.filter((m) => m.province === province);
}

export function allMunicipalities(): Municipality[] {
  return ALL;
}

/** The point `km` from `from` in direction `angle` (radians from north), rounded to about a metre. */
export function offset(from: { lat: number; lon: number }, km: number, angle: number): { lat: number; lon: number } {
  const lat = from.lat + (km / 111.2) * Math.cos(angle);
  const lon = from.lon + (km / (111.2 * Math.cos((from.lat * Math.PI) / 180))) * Math.sin(angle);
  return { lat: Math.round(lat * 1e5) / 1e5, lon: Math.round(lon * 1e5) / 1e5 };
}

/** How a municipality calls itself in a partnership's name ("Den Haag", "Bergen", "Nuenen"). */
export function shortName(m: Municipality): string {
  return SHORT_NAMES[m.code] ?? m.name.replace(/\s*\(.*\)$/, '');
}

const SHORT_NAMES: Record<string, string> = {
  GM0518: 'Den Haag',
  GM0796: 'Den Bosch',
  GM0820: 'Nuenen',
};
