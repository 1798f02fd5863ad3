import { domToPng } from 'modern-screenshot';

/** Parts of the map that do not belong in the picture: the base map tiles and the zoom buttons. */
const LEFT_OUT = ['leaflet-tile-pane', 'leaflet-control-zoom'];

/**
 * Renders an element (the map with its legend) to a PNG data URL. The base map
 * tiles are left out: they come from another server, which the page's CSP and
 * CORS keep from being copied, and the picture must not depend on them. Points,
 * clusters, crowding circles and the legend are the page's own DOM and SVG.
 */
export function mapToPng(element: HTMLElement): Promise<string> {
  return domToPng(element, {
    backgroundColor: '#ffffff',
    scale: 2,
    font: false,
    filter: (node) => !(node instanceof HTMLElement && LEFT_OUT.some((c) => node.classList.contains(c))),
  });
}
