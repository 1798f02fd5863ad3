import type { To } from 'react-router';
import { PLACES } from '../app/places';
import { EMPTY_FILTERS, withFilters, type Filters } from '../filters/filters';
import { withLanguage, type Language } from '../i18n/language';

export interface LatLon {
  lat: number;
  lon: number;
}

/** Web-map zoom levels that frame one municipality or one province. */
export const MAP_ZOOM = { municipality: 11, province: 9 } as const;

const MAP_PATH = PLACES.find((p) => p.id === 'map')!.path;

/**
 * A link to the map, filtered (e.g. `gm=GM0363`, the shared municipality
 * filter) and centred: `/kaart?gm=GM0363&lat=52.374&lon=4.890&zoom=11`.
 * Without a known centre the map frames the filter itself.
 */
export function mapLink(filter: Partial<Filters>, centre: LatLon | null, zoom: number, language: Language): To {
  const params = withLanguage(withFilters(new URLSearchParams(), { ...EMPTY_FILTERS, ...filter }), language);
  if (centre) {
    params.set('lat', centre.lat.toFixed(4));
    params.set('lon', centre.lon.toFixed(4));
    params.set('zoom', String(zoom));
  }
  return { pathname: MAP_PATH, search: `?${params.toString()}` };
}

/** The mean position of some places (e.g. a province's municipalities); null when none is known. */
export function centreOf(points: readonly (LatLon | null)[]): LatLon | null {
  const known = points.filter((p): p is LatLon => p !== null);
  if (known.length === 0) return null;
  const sum = known.reduce((s, p) => ({ lat: s.lat + p.lat, lon: s.lon + p.lon }), { lat: 0, lon: 0 });
  return { lat: sum.lat / known.length, lon: sum.lon / known.length };
}
