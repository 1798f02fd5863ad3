import type { To } from 'react-router';
import { COMPARE_PATH, PARTY_PATH, PLACES, type PlaceId } from '../app/places';
import { AS_OF_PARAM, asOfFrom } from '../filters/asOf';
import { EMPTY_FILTERS, filtersFrom, withFilters, type Filters } from '../filters/filters';
import { LANGUAGE_PARAM } from '../i18n/language';
import { withMapView, type MapView } from '../map/state/mapUrl';
import { PAIR_PARAM } from '../tables/pairParam';
import { JACCARD, JACCARD_PARAM } from './jaccard/useMinJaccard';

/**
 * The one set of links between pages. Each keeps the language, the as-of date
 * and the shared filters of the page it starts from (unless it sets filters of its own) and
 * writes the target page's own parameters the way that page reads them.
 */

export interface LatLon {
  lat: number;
  lon: number;
}

/** Web-map zoom levels that frame one municipality or one province. */
export const MAP_ZOOM = { municipality: 11, province: 9 } as const;

const pathOf = (id: PlaceId) => PLACES.find((p) => p.id === id)!.path;

/** The language, as-of date and shared filters of `from`, with `filters` (when given) in place of its filters. */
function carried(from: URLSearchParams, filters?: Partial<Filters>): URLSearchParams {
  const next = new URLSearchParams();
  const language = from.get(LANGUAGE_PARAM);
  if (language) next.set(LANGUAGE_PARAM, language);
  const asOf = asOfFrom(from);
  if (asOf) next.set(AS_OF_PARAM, asOf);
  return withFilters(next, filters ? { ...EMPTY_FILTERS, ...filters } : filtersFrom(from));
}

const to = (pathname: string, params: URLSearchParams): To => {
  const search = params.toString();
  return { pathname, search: search ? `?${search}` : '' };
};

export interface MapTarget {
  /** Filters for the map; without them the map keeps the current page's filters. */
  filters?: Partial<Filters>;
  /** Where to look (`lat`, `lon`, `z`) and what to select (`sel`), through the map's own URL writer. */
  view?: Partial<Pick<MapView, 'lat' | 'lon' | 'zoom' | 'selected'>>;
}

/** "Op de kaart": `/kaart?gm=GM0363&lat=52.374&lon=4.89&z=11`. */
export function mapLink(from: URLSearchParams, { filters, view = {} }: MapTarget): To {
  return to(pathOf('map'), withMapView(carried(from, filters), view));
}

/** A place (municipality, province) on the map: filtered on it and centred when its centre is known. */
export function mapLinkToPlace(from: URLSearchParams, filters: Partial<Filters>, centre: LatLon | null, zoom: number): To {
  return mapLink(from, { filters, view: centre ? { lat: centre.lat, lon: centre.lon, zoom } : {} });
}

/**
 * "In het netwerk": the network page exploring from one node (`partnership:<id>`, `party:<id>`, …),
 * with `view` parameters of the network page (e.g. `{ bruggen: '1' }`) when given.
 */
export function networkLink(from: URLSearchParams, nodeKey: string, view: Record<string, string> = {}): To {
  const params = carried(from);
  params.set('mode', 'explore');
  params.set('focus', nodeKey);
  for (const [name, value] of Object.entries(view)) params.set(name, value);
  return to(pathOf('network'), params);
}

/** "Partijpagina": `/partij/<id>`, with the language and filters of the page it starts from. */
export function partyLink(from: URLSearchParams, id: string): To {
  return to(PARTY_PATH.replace(':id', encodeURIComponent(id)), carried(from));
}

/** A pair of tables side by side on Tafels, at the threshold it was found at: `/tafels?paar=a,b&jaccard=0.6#vergelijking`. */
export function tablePairLink(from: URLSearchParams, pair: { a: string; b: string }, minJaccard: number): To {
  const params = carried(from);
  params.set(PAIR_PARAM, `${pair.a},${pair.b}`);
  if (minJaccard !== JACCARD.fallback) params.set(JACCARD_PARAM, String(minJaccard));
  return { pathname: pathOf('tables'), search: `?${params.toString()}`, hash: `#${COMPARISON_ID}` };
}

/** "Vergelijken": two partnerships side by side, `/vergelijk?a=<id>&b=<id>`, keeping language and filters. */
export function compareLinkFor(from: URLSearchParams, a: string, b: string): To {
  const params = carried(from);
  params.set('a', a);
  params.set('b', b);
  return to(COMPARE_PATH, params);
}

/** The id of the element that holds the comparison on Tafels; "Vergelijken" moves focus there. */
export const COMPARISON_ID = 'vergelijking';

/** "Vergelijken": the same page with `paar=<a>,<b>`, everything else kept. */
export function compareLink(from: URLSearchParams, pair: { a: string; b: string }, param: string): To {
  const params = new URLSearchParams(from);
  params.set(param, `${pair.a},${pair.b}`);
  return { search: `?${params.toString()}`, hash: `#${COMPARISON_ID}` };
}

/** The mean position of some places (a province's municipalities); null when none is known. */
export function centreOf(points: readonly (LatLon | null)[]): LatLon | null {
  const known = points.filter((p): p is LatLon => p !== null);
  if (known.length === 0) return null;
  const sum = known.reduce((s, p) => ({ lat: s.lat + p.lat, lon: s.lon + p.lon }), { lat: 0, lon: 0 });
  return { lat: sum.lat / known.length, lon: sum.lon / known.length };
}
