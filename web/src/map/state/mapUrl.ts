/**
 * The map's own view state in the URL, next to the shared filters, so a copied
 * link reproduces the view: `?lat=52.09&lon=5.12&z=10&sel=<id>&r=25&layer=index&niveau=ggd&punten=uit`.
 * `r` is there only while "peers nearby" is on; defaults leave the URL.
 */
export interface MapView {
  lat: number;
  lon: number;
  zoom: number;
  /** The selected partnership's id. */
  selected: string | null;
  /** The peers-nearby radius in km; null when peers are not shown. */
  radiusKm: number | null;
  layer: CrowdingLayer;
  /** Which outlines the map draws and colours: municipalities or the regions of one type. */
  level: MapLevel;
  /** Whether the partnerships are drawn (clusters and points). */
  points: boolean;
}

export const CROWDING_LAYERS = ['none', 'partnerships', 'tables', 'parties', 'index'] as const;
export type CrowdingLayer = (typeof CROWDING_LAYERS)[number];
export type CrowdingMetric = Exclude<CrowdingLayer, 'none'>;

export const MAP_LEVELS = ['gemeente', 'ggd', 'zorgkantoor', 'provincie'] as const;
export type MapLevel = (typeof MAP_LEVELS)[number];
/** The API's region type of each region level. */
export const REGION_TYPE_OF = { ggd: 'GGD', zorgkantoor: 'ZORGKANTOOR', provincie: 'PROVINCE' } as const;

/** The whole of the Netherlands in a map about 600 px high. */
export const DEFAULT_CENTER = { lat: 52.15, lon: 5.3 } as const;
export const DEFAULT_ZOOM = 7.5;
/** Zoom goes in half steps: whole steps are too coarse for a country this size. */
export const ZOOM_SNAP = 0.5;
export const MIN_ZOOM = 6;
export const MAX_ZOOM = 18;
export const DEFAULT_RADIUS_KM = 25;
export const MIN_RADIUS_KM = 1;
export const MAX_RADIUS_KM = 100;

const P = { lat: 'lat', lon: 'lon', zoom: 'z', selected: 'sel', radius: 'r', layer: 'layer', level: 'niveau', points: 'punten' } as const;

const numberIn = (text: string | null, min: number, max: number): number | null => {
  if (text === null || text.trim() === '') return null;
  const n = Number(text);
  return Number.isFinite(n) && n >= min && n <= max ? n : null;
};

export function mapViewFrom(params: URLSearchParams): MapView {
  const layer = params.get(P.layer);
  const level = params.get(P.level);
  const zoom = numberIn(params.get(P.zoom), MIN_ZOOM, MAX_ZOOM);
  return {
    lat: numberIn(params.get(P.lat), -90, 90) ?? DEFAULT_CENTER.lat,
    lon: numberIn(params.get(P.lon), -180, 180) ?? DEFAULT_CENTER.lon,
    zoom: zoom === null ? DEFAULT_ZOOM : snapZoom(zoom),
    selected: params.get(P.selected)?.trim() || null,
    radiusKm: numberIn(params.get(P.radius), MIN_RADIUS_KM, MAX_RADIUS_KM),
    layer: (CROWDING_LAYERS as readonly string[]).includes(layer ?? '') ? (layer as CrowdingLayer) : 'none',
    level: (MAP_LEVELS as readonly string[]).includes(level ?? '') ? (level as MapLevel) : 'gemeente',
    points: params.get(P.points) !== 'uit',
  };
}

export const snapZoom = (zoom: number) => Math.round(zoom / ZOOM_SNAP) * ZOOM_SNAP;

/** Rounds a coordinate to about 10 m: enough for a view, short in a link. */
export const roundCoord = (x: number) => Math.round(x * 10_000) / 10_000;

/** Writes a view change into a copy of the params; values at their default leave the URL. */
export function withMapView(params: URLSearchParams, change: Partial<MapView>): URLSearchParams {
  const next = new URLSearchParams(params);
  const view = { ...mapViewFrom(params), ...change };
  const set = (name: string, value: string | null) => (value === null ? next.delete(name) : next.set(name, value));
  const atDefault =
    roundCoord(view.lat) === DEFAULT_CENTER.lat && roundCoord(view.lon) === DEFAULT_CENTER.lon && view.zoom === DEFAULT_ZOOM;
  set(P.lat, atDefault ? null : String(roundCoord(view.lat)));
  set(P.lon, atDefault ? null : String(roundCoord(view.lon)));
  set(P.zoom, atDefault ? null : String(view.zoom));
  set(P.selected, view.selected);
  set(P.radius, view.selected === null || view.radiusKm === null ? null : String(view.radiusKm));
  set(P.layer, view.layer === 'none' ? null : view.layer);
  set(P.level, view.level === 'gemeente' ? null : view.level);
  set(P.points, view.points ? null : 'uit');
  return next;
}
