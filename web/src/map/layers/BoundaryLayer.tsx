import L from 'leaflet';
import { useEffect, useMemo } from 'react';
import { ZERO_COLOUR } from '../../ui/regions/choropleth';
import type { Outline } from '../../ui/regions/boundaries';
import { useLeafletMap } from '../leaflet/MapContext';
import { OutlineLayer, projectOutlines, type OutlineStyle } from '../regions/outlineLayer';

/** Outlines sit under the partnerships (markers 600) and above the tiles (200). */
const PANE = 'dsv-outlines';
const NO_STYLE: OutlineStyle = { fill: null, selected: false };
export const BOUNDARY_ATTRIBUTION = 'Grenzen: CBS, Kadaster';

interface BoundaryLayerProps {
  outlines: readonly Outline[];
  /** Fill and selection per code; codes without a style are drawn as outline only. */
  styles: ReadonlyMap<string, OutlineStyle>;
  /** "Utrecht: 12 (samenwerkingsverbanden)" */
  tip: (code: string) => string;
  onPick: (code: string) => void;
}

const isClassed = (style: OutlineStyle | undefined) => !!style?.fill && style.fill !== 'hatch' && style.fill !== ZERO_COLOUR;

/**
 * Controller: the municipal or region outlines on one canvas, filled by class
 * when a crowding measure is chosen. It carries the map without tiles. Hover
 * shows name and value; a click picks the area.
 */
export function BoundaryLayer({ outlines, styles, tip, onPick }: BoundaryLayerProps) {
  const map = useLeafletMap();
  const layer = useMemo(() => new OutlineLayer(PANE), []);
  const projected = useMemo(() => projectOutlines(outlines), [outlines]);

  useEffect(
    function addLayer() {
      if (!map.getPane(PANE)) map.createPane(PANE).style.zIndex = '350';
      map.attributionControl?.addAttribution(BOUNDARY_ATTRIBUTION);
      layer.addTo(map);
      return function removeLayer() {
        layer.remove();
        map.attributionControl?.removeAttribution(BOUNDARY_ATTRIBUTION);
      };
    },
    [map, layer],
  );

  useEffect(
    function drawBoundaries() {
      layer.setData(projected, (code) => styles.get(code) ?? NO_STYLE);
      // What the canvas shows, for tests and tools that cannot read pixels: outlines drawn, those with a class colour, those outlined as selected.
      const pane = map.getPane(PANE)!;
      pane.dataset.outlines = String(outlines.length);
      pane.dataset.classed = String(outlines.filter((o) => isClassed(styles.get(o.properties.code))).length);
      pane.dataset.selected = outlines
        .filter((o) => styles.get(o.properties.code)?.selected)
        .map((o) => o.properties.code)
        .join(' ');
    },
    [map, layer, projected, outlines, styles],
  );

  useEffect(
    function hoverAndClick() {
      const tooltip = L.tooltip({ direction: 'top', offset: [0, -8], className: 'dsv-outline-tip' });
      const container = map.getContainer();
      const onMove = (e: L.LeafletMouseEvent) => {
        const code = layer.codeAt(e.containerPoint);
        container.classList.toggle('dsv-map--area', code !== null);
        if (code === null) {
          tooltip.remove();
          return;
        }
        tooltip.setLatLng(e.latlng).setContent(tip(code));
        if (!map.hasLayer(tooltip)) tooltip.addTo(map);
      };
      const onLeave = () => tooltip.remove();
      const onClick = (e: L.LeafletMouseEvent) => {
        const code = layer.codeAt(e.containerPoint);
        if (code !== null) onPick(code);
      };
      map.on('mousemove', onMove);
      map.on('mouseout', onLeave);
      map.on('click', onClick);
      return function stopHoverAndClick() {
        map.off('mousemove', onMove);
        map.off('mouseout', onLeave);
        map.off('click', onClick);
        tooltip.remove();
        container.classList.remove('dsv-map--area');
      };
    },
    [map, layer, tip, onPick],
  );

  return null;
}
