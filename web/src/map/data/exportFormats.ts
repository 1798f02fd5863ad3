import Papa from 'papaparse';
import type { FeatureCollection, Point } from 'geojson';
import type { MapPoint } from './mapPoint.js';

/** The columns of the CSV export, in order; lists are joined with ";" as in the import format. */
export const CSV_COLUMNS = ['id', 'name', 'networks', 'phase', 'lat', 'lon'] as const;

export function toCsv(points: readonly MapPoint[]): string {
  const rows = points.map((p) => ({
    id: p.id,
    name: p.name,
    networks: p.networks.join(';'),
    phase: p.phase ?? '',
    lat: p.lat,
    lon: p.lon,
  }));
  return Papa.unparse({ fields: [...CSV_COLUMNS], data: rows.map((r) => CSV_COLUMNS.map((c) => r[c])) });
}

export interface PointProperties {
  id: string;
  name: string;
  networks: string[];
  phase: number | null;
}

/** RFC 7946 GeoJSON: longitude first. */
export function toGeoJson(points: readonly MapPoint[]): FeatureCollection<Point, PointProperties> {
  return {
    type: 'FeatureCollection',
    features: points.map((p) => ({
      type: 'Feature',
      id: p.id,
      geometry: { type: 'Point', coordinates: [p.lon, p.lat] },
      properties: { id: p.id, name: p.name, networks: p.networks, phase: p.phase },
    })),
  };
}
