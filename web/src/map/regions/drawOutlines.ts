import L from 'leaflet';
import type { Outline } from '../../ui/regions/boundaries';

/** How one outline is drawn: its fill (a colour, 'hatch' for no data, null for none) and whether it is selected. */
export interface OutlineStyle {
  fill: string | 'hatch' | null;
  selected: boolean;
}

const LINE = '#4a5560';
const SELECTED = '#d52b1e';

let hatch: CanvasPattern | null | undefined;

/** Diagonal grey hatching for "geen gegevens", as a canvas pattern (made once). */
export function hatchPattern(): CanvasPattern | null {
  if (hatch !== undefined) return hatch;
  const tile = document.createElement('canvas');
  tile.width = tile.height = 8;
  const ctx = tile.getContext('2d');
  if (ctx) {
    ctx.strokeStyle = '#8a939c';
    ctx.lineWidth = 1.5;
    ctx.beginPath();
    ctx.moveTo(0, 8);
    ctx.lineTo(8, 0);
    ctx.stroke();
  }
  hatch = ctx?.createPattern(tile, 'repeat') ?? null;
  return hatch;
}

/** Leaflet path options for an outline: thin grey lines, a thick red one when selected. */
export function pathOptions(style: OutlineStyle, renderer: L.Renderer, pane: string): L.PathOptions {
  // The canvas renderer hands fillColor to the 2D context's fillStyle, which takes a pattern as well.
  const fillColor = style.fill === 'hatch' ? (hatchPattern() as unknown as string) : (style.fill ?? undefined);
  return {
    renderer,
    pane,
    color: style.selected ? SELECTED : LINE,
    weight: style.selected ? 3 : 0.6,
    opacity: 1,
    fill: style.fill !== null,
    fillColor,
    fillOpacity: style.fill === 'hatch' ? 1 : 0.8,
  };
}

/**
 * Draws outlines on one canvas (one <canvas> for all 342 municipalities, not
 * 342 SVG paths): the base layer and the choropleth of the map, and what the
 * client benchmark measures. Returns the layer group holding one path per outline.
 */
export function drawOutlines(
  map: L.Map,
  outlines: readonly Outline[],
  styleOf: (code: string) => OutlineStyle,
  options: { renderer: L.Renderer; pane: string },
): L.LayerGroup<L.Polygon> {
  // One GeoJSON layer for all outlines: a path each, projected once, painted in one canvas frame.
  const group = L.geoJSON({ type: 'FeatureCollection', features: outlines as Outline[] } as GeoJSON.FeatureCollection, {
    style: (f) => pathOptions(styleOf((f as Outline).properties.code), options.renderer, options.pane),
  }) as L.GeoJSON & L.LayerGroup<L.Polygon>;
  group.eachLayer((path) => {
    (path as L.Polygon & { code?: string }).code = ((path as L.Polygon).feature as Outline).properties.code;
  });
  return group.addTo(map);
}
