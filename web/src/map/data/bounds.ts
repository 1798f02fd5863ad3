import type { MapPoint } from './mapPoint';

/** A map extent in degrees: [west, south, east, north], as supercluster takes it. */
export type Bbox = [number, number, number, number];

export function contains(bbox: Bbox, lat: number, lon: number): boolean {
  const [west, south, east, north] = bbox;
  return lat >= south && lat <= north && lon >= west && lon <= east;
}

/** The points inside the extent, in their given order. */
export function pointsIn(points: readonly MapPoint[], bbox: Bbox | null): MapPoint[] {
  return bbox ? points.filter((p) => contains(bbox, p.lat, p.lon)) : [...points];
}
