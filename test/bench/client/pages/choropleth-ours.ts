/// <reference lib="dom" />
import { toBoundaries } from '@dsv-web/ui/regions/boundaries';
import { choroplethClasses, fillOf } from '@dsv-web/ui/regions/choropleth';
import { OutlineLayer, projectOutlines } from '@dsv-web/map/regions/outlineLayer';
import { appMap } from './map.js';
import { expose, loadJson, nextFrame, round } from './page.js';

/**
 * The map's choropleth as web/src/map draws it (BoundaryLayer): the bundled
 * 2023 boundaries turned into outlines (municipalities, or GGD regions merged
 * from them) and projected, classes of a crowding measure, and every outline
 * painted on the one canvas with its class colour, to the first frame. `arg`
 * 0: the 342 municipalities; 1: the 25 GGD regions.
 */
expose(async function drawChoropleth(arg) {
  const topology = await loadJson<object>('boundaries.json');
  const groups = new Map(Object.entries(await loadJson<Record<string, string[]>>('ggd.json')));
  const map = appMap();
  map.createPane('dsv-outlines').style.zIndex = '350';
  const layer = new OutlineLayer('dsv-outlines').addTo(map);
  await nextFrame();
  const t0 = performance.now();
  const boundaries = toBoundaries(topology as never);
  const outlines: { properties: { code: string } }[] = arg === 0 ? boundaries.municipalities : boundaries.regions(groups);
  const projected = projectOutlines(outlines as never);
  const t1 = performance.now();
  // A skewed measure like crowding: a few busy areas, many quiet ones.
  const values = new Map(outlines.map((o, i) => [o.properties.code, i % 7 === 0 ? 0 : Math.round(1 + 60 / (1 + (i % 23)))]));
  const classes = choroplethClasses([...values.values()]);
  const t2 = performance.now();
  layer.setData(projected, (code: string) => ({ fill: fillOf(classes, values.get(code)) ?? 'hatch', selected: false }));
  const t3 = performance.now();
  await nextFrame();
  const t4 = performance.now();
  return {
    totalMs: round(t4 - t0),
    phases: { outlines: round(t1 - t0), classes: round(t2 - t1), draw: round(t3 - t2), frame: round(t4 - t3) },
    drawn: { polygons: projected.length, canvases: document.querySelectorAll('canvas').length },
  };
});
