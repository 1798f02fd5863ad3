import type { FeatureCollection, Point } from 'geojson';
import { neutraliseDeep } from '../../ui/export/neutralise';
import type { Labels } from '../../ui/labels';
import type { MapPoint } from './mapPoint';

export interface PointProperties {
  id: string;
  name: string;
  /** The networks by name, as the map's legend shows them. */
  networks: string[];
  /** The phase's label ("3 – Operationeel"), null when unknown. */
  phase: string | null;
}

/**
 * RFC 7946 GeoJSON (longitude first) of the partnerships, with names and
 * labels as on screen; every text property neutralised, since GeoJSON often
 * ends up in a spreadsheet by way of a GIS tool's attribute table.
 */
export function toGeoJson(points: readonly MapPoint[], labels: Labels): FeatureCollection<Point, PointProperties> {
  return {
    type: 'FeatureCollection',
    features: points.map((p) => ({
      type: 'Feature',
      id: p.id,
      geometry: { type: 'Point', coordinates: [p.lon, p.lat] },
      properties: neutraliseDeep({
        id: p.id,
        name: p.name,
        networks: p.networks.map((k) => labels.network(k)),
        phase: labels.phase(p.phase) || null,
      }),
    })),
  };
}
