import L from 'leaflet';
import { useEffect, useMemo } from 'react';
import { useLeafletMap } from '../leaflet/MapContext';
import { textContent } from '../leaflet/textContent';
import type { Outline } from '../../ui/regions/boundaries';
import { ZERO_COLOUR } from '../../ui/regions/choropleth';
import { drawOutlines, type OutlineStyle } from '../regions/drawOutlines';

/** Outlines sit under the partnerships (markers 600) and above the tiles (200). */
const PANE = 'dsv-outlines';
const NO_STYLE: OutlineStyle = { fill: null, selected: false };
export const BOUNDARY_ATTRIBUTION = 'Grenzen 2023: CBS, Kadaster (PDOK)';

interface BoundaryLayerProps {
  outlines: readonly Outline[];
  /** Fill and selection per code; codes without a style are drawn as outline only. */
  styles: ReadonlyMap<string, OutlineStyle>;
  /** "Utrecht: 12 (samenwerkingsverbanden)" */
  tip: (code: string) => string;
  onPick: (code: string) => void;
}

/**
 * Controller: the municipal or region outlines on one canvas, filled by class
 * when a crowding measure is chosen. It carries the map without tiles. Hover
 * shows name and value; a click picks the area.
 */
const isClassed = (style: OutlineStyle | undefined) => !!style?.fill && style.fill !== 'hatch' && style.fill !== ZERO_COLOUR;

export function BoundaryLayer({ outlines, styles, tip, onPick }: BoundaryLayerProps) {
  const map = useLeafletMap();
  const renderer = useMemo(() => L.canvas({ padding: 0.2, pane: PANE }), []);

  useEffect(
    function addAttribution() {
      map.attributionControl?.addAttribution(BOUNDARY_ATTRIBUTION);
      return function removeAttribution() {
        map.attributionControl?.removeAttribution(BOUNDARY_ATTRIBUTION);
      };
    },
    [map],
  );

  useEffect(
    function drawBoundaries() {
      if (!map.getPane(PANE)) map.createPane(PANE).style.zIndex = '350';
      const group = drawOutlines(map, outlines, (code) => styles.get(code) ?? NO_STYLE, { renderer, pane: PANE });
      // What the canvas shows, for tests and tools that cannot read pixels: outlines drawn, and those with a class colour.
      const pane = map.getPane(PANE)!;
      pane.dataset.outlines = String(outlines.length);
      pane.dataset.classed = String(outlines.filter((o) => isClassed(styles.get(o.properties.code))).length);
      group.eachLayer((layer) => {
        const code = (layer as L.Polygon & { code: string }).code;
        layer.bindTooltip(() => textContent(tip(code)), { sticky: true });
        layer.on('click', () => onPick(code));
      });
      return function removeBoundaries() {
        group.remove();
      };
    },
    [map, renderer, outlines, styles, tip, onPick],
  );

  return null;
}
