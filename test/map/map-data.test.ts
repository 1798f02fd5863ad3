import { describe, expect, it } from 'vitest';
import { buildClusterIndex, isCluster, networkCounts } from '../../web/src/map/data/clusterIndex.js';
import { classOf, crowdingClasses } from '../../web/src/ui/regions/crowdingClasses.js';
import { toGeoJson } from '../../web/src/map/data/exportFormats.js';
import { labelsFor } from '../../web/src/ui/labels.js';
import { networkPalette } from '../../web/src/map/data/networkColors.js';
import { DEFAULT_RADIUS_KM, mapViewFrom, withMapView } from '../../web/src/map/state/mapUrl.js';

const point = (id: string, lat: number, lon: number, networks: string[]) => ({ id, name: `Samen ${id}`, lat, lon, phase: 2, networks });

describe('the map view in the URL', () => {
  it('round-trips centre, zoom, selection, radius, layer, level and hidden points, next to the shared filters', () => {
    const params = withMapView(new URLSearchParams('net=groz&lang=en'), {
      lat: 52.123456,
      lon: 5.654321,
      zoom: 9.5,
      selected: 'fieldlab-deventer',
      radiusKm: 30,
      layer: 'tables',
      level: 'zorgkantoor',
      points: false,
    });
    expect(params.toString()).toBe(
      'net=groz&lang=en&lat=52.1235&lon=5.6543&z=9.5&sel=fieldlab-deventer&r=30&layer=tables&niveau=zorgkantoor&punten=uit',
    );
    expect(mapViewFrom(params)).toEqual({
      lat: 52.1235,
      lon: 5.6543,
      zoom: 9.5,
      selected: 'fieldlab-deventer',
      radiusKm: 30,
      layer: 'tables',
      level: 'zorgkantoor',
      points: false,
    });
  });

  it('leaves defaults out, drops the radius without a selection, and ignores nonsense', () => {
    expect(withMapView(new URLSearchParams('r=25'), { selected: null }).toString()).toBe('');
    const view = mapViewFrom(new URLSearchParams('lat=abc&z=99&r=-3&layer=heatmap&sel=%20&niveau=wijk&punten=ja'));
    expect(view).toEqual({
      lat: 52.15,
      lon: 5.3,
      zoom: 7.5,
      selected: null,
      radiusKm: null,
      layer: 'none',
      level: 'gemeente',
      points: true,
    });
    expect(withMapView(new URLSearchParams('niveau=ggd&punten=uit'), { level: 'gemeente', points: true }).toString()).toBe('');
    expect(DEFAULT_RADIUS_KM).toBe(25);
  });
});

describe('the cluster index', () => {
  it('counts every partnership once per network it belongs to, and the multi-network ones apart', () => {
    const index = buildClusterIndex([
      point('a', 52.0, 5.0, ['lpa']),
      point('b', 52.0001, 5.0001, ['lpa', 'groz']),
      point('c', 52.0002, 5.0, ['gezondin']),
      point('d', 53.0, 6.5, ['lpa']),
    ]);
    const features = index.getClusters([3, 50, 8, 54], 7);
    const cluster = features.find(isCluster)!;
    expect(cluster.properties.point_count).toBe(3);
    expect(networkCounts(cluster.properties)).toEqual([
      { key: 'lpa', count: 2 },
      { key: 'gezondin', count: 1 },
      { key: 'groz', count: 1 },
    ]);
    expect(cluster.properties.multi).toBe(1);
    expect(features.filter((f) => !isCluster(f)).map((f) => f.properties.id)).toEqual(['d']);
  });

  it('keeps the counts of child clusters intact when their parent reduces them', () => {
    const points = Array.from({ length: 40 }, (_, i) =>
      point(`p${i}`, 52 + (i % 8) * 0.01, 5 + Math.floor(i / 8) * 0.01, i % 2 ? ['lpa'] : ['aig', 'lpa']),
    );
    const index = buildClusterIndex(points);
    const total = (zoom: number) =>
      index
        .getClusters([4, 51, 6, 53], zoom)
        .reduce((sum, f) => sum + (isCluster(f) ? (networkCounts(f.properties).find((n) => n.key === 'lpa')?.count ?? 0) : 1), 0);
    expect([5, 9, 11, 13].map(total)).toEqual([40, 40, 40, 40]);
  });
});

describe('graduated crowding circles', () => {
  it('make up to five whole-number classes by quantile, and give zero no circle', () => {
    const classes = crowdingClasses([0, 0, 1, 1, 2, 3, 4, 5, 8, 13, 22]);
    expect(classes.map(({ min, max }) => [min, max])).toEqual([
      [1, 1],
      [2, 3],
      [4, 5],
      [6, 13],
      [14, 22],
    ]);
    expect(classOf(classes, 0)).toBeNull();
    expect(classOf(classes, 9)?.max).toBe(13);
    expect(classOf(classes, 22)?.radius).toBe(23);
    expect(crowdingClasses([0, 0])).toEqual([]);
    expect(crowdingClasses([3, 3, 3]).map((c) => [c.min, c.max])).toEqual([[3, 3]]);
  });
});

describe('exports and colours', () => {
  it('write GeoJSON with longitude first and networks and phase by name', () => {
    const points = [point('a', 52.5, 4.9, ['lpa', 'groz'])];
    expect(toGeoJson(points, labelsFor('nl')).features[0]).toEqual({
      type: 'Feature',
      id: 'a',
      geometry: { type: 'Point', coordinates: [4.9, 52.5] },
      properties: {
        id: 'a',
        name: 'Samen a',
        networks: ['Lokale preventieakkoorden', 'GROZ-fieldlabs'],
        phase: '2 – Gezamenlijke visie, doelen en aanpak',
      },
    });
  });

  it('give the report networks fixed colours and any other network a free one', () => {
    const palette = networkPalette(['lpa', 'alpha', 'beta']);
    expect(palette.get('lpa')).toBe('#0072B2');
    expect(new Set(palette.values()).size).toBe(3);
  });
});
