import type { Position } from 'geojson';
import type { Outline } from './boundaries';

/** Where the outlines fit: the Netherlands' extent in degrees. */
const WEST = 3.3;
const EAST = 7.25;
const SOUTH = 50.74;
const NORTH = 53.56;
/** A degree of longitude is this much of a degree of latitude at 52°N. */
const K = Math.cos((52 * Math.PI) / 180);

/** The height of a map of the given width (the country's proportions). */
export const heightFor = (width: number) => (width * (NORTH - SOUTH)) / ((EAST - WEST) * K);

/**
 * SVG path data for each outline, in a box `width` wide (an equirectangular
 * projection true at 52°N: at this size no one sees the difference with RD).
 */
export function svgPaths(outlines: readonly Outline[], width: number): { code: string; d: string }[] {
  const scale = width / ((EAST - WEST) * K);
  const round = (x: number) => Math.round(x * 10) / 10;
  const point = ([lon, lat]: Position) => `${round((lon! - WEST) * K * scale)},${round((NORTH - lat!) * scale)}`;
  const ring = (r: Position[]) => `M${r.map(point).join('L')}Z`;
  return outlines.map((o) => {
    const polygons = o.geometry.type === 'Polygon' ? [o.geometry.coordinates] : o.geometry.coordinates;
    return { code: o.properties.code, d: polygons.map((p) => p.map(ring).join('')).join('') };
  });
}
