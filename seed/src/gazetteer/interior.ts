/**
 * Interior points of municipalities from the CBS/PDOK municipal boundaries
 * (TopoJSON, `gm_features`, property `code` = `GM####`). Used by build.ts only:
 * the app reads the committed municipalities.json, never the boundaries.
 */
import { readFileSync } from 'node:fs';
import polylabel from 'polylabel';
import { feature } from 'topojson-client';

type Topology = Parameters<typeof feature>[0];
type Ring = number[][];
type Polygon = Ring[];

/** Metres-ish precision: 1e-4 of a degree is about 7-11 m here. */
const PRECISION = 1e-4;

/** Reads the boundaries once and returns a lookup by CBS code. */
export function interiorPoints(topojsonPath: string): (code: string) => { lat: number; lon: number } | undefined {
  const topology = JSON.parse(readFileSync(topojsonPath, 'utf8')) as Topology;
  const municipalities = topology.objects.gm_features;
  if (municipalities?.type !== 'GeometryCollection') throw new Error(`${topojsonPath}: no gm_features collection`);
  const polygons = new Map<string, Polygon[]>();
  for (const f of feature(topology, municipalities).features) {
    const g = f.geometry;
    const code = String(f.properties?.code);
    if (g.type === 'Polygon') polygons.set(code, [g.coordinates]);
    else if (g.type === 'MultiPolygon') polygons.set(code, g.coordinates);
  }
  return (code) => {
    const parts = polygons.get(code);
    return parts ? interiorPoint(parts) : undefined;
  };
}

/**
 * The pole of inaccessibility (polylabel) of the largest part, computed in a
 * local equirectangular projection so that a degree of longitude counts for
 * what it is at this latitude. Always inside the polygon, unlike a centroid.
 */
export function interiorPoint(parts: Polygon[]): { lat: number; lon: number } {
  const largest = parts.reduce((best, p) => (Math.abs(ringArea(p[0]!)) > Math.abs(ringArea(best[0]!)) ? p : best));
  const lat0 = largest[0]!.reduce((sum, [, lat]) => sum + lat!, 0) / largest[0]!.length;
  const k = Math.cos((lat0 * Math.PI) / 180);
  const projected = largest.map((ring) => ring.map(([lon, lat]) => [lon! * k, lat!]));
  const [x, y] = polylabel(projected, PRECISION);
  return { lat: y!, lon: x! / k };
}

function ringArea(ring: Ring): number {
  let area = 0;
  for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) area += (ring[j]![0]! - ring[i]![0]!) * (ring[j]![1]! + ring[i]![1]!);
  return area / 2;
}
