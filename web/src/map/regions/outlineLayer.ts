import L from 'leaflet';
import type { Outline } from '../../ui/regions/boundaries';

/** How one outline is drawn: its fill (a colour, 'hatch' for no data, null for none) and whether it is selected. */
export interface OutlineStyle {
  fill: string | 'hatch' | null;
  selected: boolean;
}

const LINE = '#4a5560';
const SELECTED = '#d52b1e';
const NO_STYLE: OutlineStyle = { fill: null, selected: false };
const DEG = Math.PI / 180;
/** Web Mercator's limit, as Leaflet's SphericalMercator clamps it. */
const MAX_LAT = 85.0511287798;

/** An outline's rings in Web Mercator pixels at zoom 0 (a 256-px world), x and y interleaved. */
interface Projected {
  code: string;
  rings: Float64Array[];
}

/** Projects once, as Leaflet's EPSG:3857 does, into typed arrays: drawing at any zoom is then a multiply and a subtract. */
export function projectOutlines(outlines: readonly Outline[]): Projected[] {
  return outlines.map((o) => {
    const polygons = o.geometry.type === 'Polygon' ? [o.geometry.coordinates] : o.geometry.coordinates;
    const rings = polygons.flat().map((ring) => {
      const xy = new Float64Array(ring.length * 2);
      ring.forEach(([lon, lat], i) => {
        const phi = Math.max(-MAX_LAT, Math.min(MAX_LAT, lat!)) * DEG;
        xy[2 * i] = ((lon! + 180) / 360) * 256;
        xy[2 * i + 1] = (0.5 - Math.log(Math.tan(Math.PI / 4 + phi / 2)) / (2 * Math.PI)) * 256;
      });
      return xy;
    });
    return { code: o.properties.code, rings };
  });
}

let hatch: CanvasPattern | null | undefined;

/** Diagonal grey hatching for "geen gegevens" (made once). */
function hatchPattern(ctx: CanvasRenderingContext2D): CanvasPattern | null {
  if (hatch !== undefined) return hatch;
  const tile = document.createElement('canvas');
  tile.width = tile.height = 8;
  const t = tile.getContext('2d');
  if (t) {
    t.strokeStyle = '#8a939c';
    t.lineWidth = 1.5;
    t.beginPath();
    t.moveTo(0, 8);
    t.lineTo(8, 0);
    t.stroke();
  }
  hatch = ctx.createPattern(tile, 'repeat');
  return hatch;
}

/**
 * Every outline on one canvas, painted with Path2D from coordinates projected
 * once — 342 municipalities in a few milliseconds, where one Leaflet path per
 * outline took ten times that. The canvas covers the map's container and is
 * repainted after each move or zoom; hover and click find the outline under the
 * pointer (`isPointInPath`).
 */
export class OutlineLayer extends L.Layer {
  private canvas = document.createElement('canvas');
  private outlines: Projected[] = [];
  private styleOf: (code: string) => OutlineStyle = () => NO_STYLE;
  private paths: { code: string; path: Path2D }[] = [];
  private readonly pane: string;

  constructor(pane: string) {
    super();
    this.pane = pane;
    this.canvas.className = 'dsv-outline-canvas';
  }

  /** Sets what to draw and paints it. */
  setData(outlines: Projected[], styleOf: (code: string) => OutlineStyle): this {
    this.outlines = outlines;
    this.styleOf = styleOf;
    this.redraw();
    return this;
  }

  override onAdd(map: L.Map): this {
    map.getPane(this.pane)!.appendChild(this.canvas);
    map.on('moveend zoomend resize viewreset', this.redraw, this);
    map.on('zoomstart', this.hide, this);
    this.redraw();
    return this;
  }

  override onRemove(map: L.Map): this {
    map.off('moveend zoomend resize viewreset', this.redraw, this);
    map.off('zoomstart', this.hide, this);
    this.canvas.remove();
    return this;
  }

  /** The code of the outline at a container point, the topmost first; null over none. */
  codeAt(point: L.Point): string | null {
    const ctx = this.canvas.getContext('2d');
    if (!ctx || !this._map) return null;
    const offset = this._map.containerPointToLayerPoint([0, 0]).subtract(L.DomUtil.getPosition(this.canvas));
    const ratio = window.devicePixelRatio || 1;
    const [x, y] = [(point.x + offset.x) * ratio, (point.y + offset.y) * ratio];
    for (let i = this.paths.length - 1; i >= 0; i--) if (ctx.isPointInPath(this.paths[i]!.path, x, y)) return this.paths[i]!.code;
    return null;
  }

  private hide(): void {
    this.canvas.style.visibility = 'hidden';
  }

  /** Paints every outline for the current view. */
  redraw(): void {
    const map = this._map;
    if (!map) return;
    const size = map.getSize();
    const ratio = window.devicePixelRatio || 1;
    const topLeft = map.containerPointToLayerPoint([0, 0]);
    L.DomUtil.setPosition(this.canvas, topLeft);
    this.canvas.width = Math.round(size.x * ratio);
    this.canvas.height = Math.round(size.y * ratio);
    this.canvas.style.width = `${size.x}px`;
    this.canvas.style.height = `${size.y}px`;
    this.canvas.style.visibility = '';
    const ctx = this.canvas.getContext('2d');
    if (!ctx) return;
    ctx.setTransform(ratio, 0, 0, ratio, 0, 0);
    // World pixels at this zoom = zoom-0 pixels × scale; minus the world pixel of the canvas's top-left corner.
    const scale = map.options.crs!.scale(map.getZoom()) / 256;
    const origin = map.getPixelOrigin().add(topLeft);
    const selected: Path2D[] = [];
    this.paths = this.outlines.map(({ code, rings }) => {
      const path = new Path2D();
      for (const xy of rings) {
        path.moveTo(xy[0]! * scale - origin.x, xy[1]! * scale - origin.y);
        for (let i = 2; i < xy.length; i += 2) path.lineTo(xy[i]! * scale - origin.x, xy[i + 1]! * scale - origin.y);
        path.closePath();
      }
      const style = this.styleOf(code);
      if (style.fill) {
        ctx.globalAlpha = style.fill === 'hatch' ? 1 : 0.8;
        ctx.fillStyle = style.fill === 'hatch' ? (hatchPattern(ctx) ?? '#d9dde1') : style.fill;
        ctx.fill(path, 'evenodd');
        ctx.globalAlpha = 1;
      }
      ctx.strokeStyle = LINE;
      ctx.lineWidth = 0.6;
      ctx.stroke(path);
      if (style.selected) selected.push(path);
      return { code, path };
    });
    // Selected outlines last, so no neighbour's line covers theirs.
    ctx.strokeStyle = SELECTED;
    ctx.lineWidth = 3;
    for (const path of selected) ctx.stroke(path);
  }
}
