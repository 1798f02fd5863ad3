import { describe, expect, it } from 'vitest';
import { buildClusterIndex, CLUSTER_MAX_ZOOM, isCluster, networkCounts, type ClusterIndex } from '../../web/src/map/data/clusterIndex.js';
import { MAX_ZOOM, MIN_ZOOM } from '../../web/src/map/state/mapUrl.js';

const NETWORKS = ['aig', 'groz', 'lpa', 'nza'];
const TOWNS = [
  [52.09, 5.12],
  [52.37, 4.9],
  [51.92, 4.48],
  [53.22, 6.57],
  [51.44, 5.48],
] as const;
const WORLD: [number, number, number, number] = [-180, -85, 180, 85];

/** Partnerships spread around five towns, the same on every run; every ninth one is in two networks. */
function partnerships(count: number) {
  let seed = 42;
  const random = () => (seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
  return Array.from({ length: count }, (_, i) => {
    const [lat, lon] = TOWNS[i % TOWNS.length]!;
    const spread = i % 3 === 0 ? 0.3 : 0.03;
    return {
      id: `p${i}`,
      name: `Samen ${i}`,
      lat: lat + (random() - 0.5) * spread,
      lon: lon + (random() - 0.5) * spread,
      phase: null,
      networks: [NETWORKS[i % 4]!, ...(i % 9 === 0 ? [NETWORKS[(i + 1) % 4]!] : [])],
    };
  });
}

/** Clusters, single points, and clusters that no zoom splits (stacks), as the map draws them at `zoom`. */
function drawn(index: ClusterIndex, zoom: number) {
  const features = index.getClusters(WORLD, zoom);
  const clusters = features.filter(isCluster);
  const stacks = clusters.filter((c) => index.getClusterExpansionZoom(c.properties.cluster_id) > CLUSTER_MAX_ZOOM);
  return { clusters: clusters.length, points: features.length - clusters.length, stacks: stacks.length };
}

describe('the cluster index at the zooms the map allows', () => {
  const points = partnerships(2000);
  const index = buildClusterIndex(points);

  it('clusters a fixed set of 2,000 partnerships into exactly these clusters and points per zoom', () => {
    const zooms = [6, 8, 10, 12, 14, 16, 17, 18];
    expect(zooms.map((z) => [z, drawn(index, z)])).toEqual([
      [6, { clusters: 4, points: 0, stacks: 0 }],
      [8, { clusters: 20, points: 0, stacks: 0 }],
      [10, { clusters: 157, points: 51, stacks: 0 }],
      [12, { clusters: 134, points: 467, stacks: 0 }],
      [14, { clusters: 342, points: 769, stacks: 1 }],
      [16, { clusters: 140, points: 1710, stacks: 14 }],
      [17, { clusters: 52, points: 1896, stacks: 17 }],
      [18, { clusters: 17, points: 1966, stacks: 17 }],
    ]);
  });

  it('accounts for every partnership once at every zoom, with network counts that match its leaves', () => {
    for (let zoom = MIN_ZOOM; zoom <= MAX_ZOOM; zoom++) {
      const features = index.getClusters(WORLD, zoom);
      expect(features.reduce((sum, f) => sum + (isCluster(f) ? f.properties.point_count : 1), 0)).toBe(points.length);
    }
    for (const cluster of index.getClusters(WORLD, 10).filter(isCluster)) {
      const leaves = index.getLeaves(cluster.properties.cluster_id, Infinity).map((f) => f.properties);
      const expected = new Map<string, number>();
      for (const leaf of leaves) for (const key of leaf.networks) expected.set(key, (expected.get(key) ?? 0) + 1);
      expect(networkCounts(cluster.properties)).toEqual(
        [...expected].map(([key, count]) => ({ key, count })).sort((a, b) => b.count - a.count || a.key.localeCompare(b.key)),
      );
      expect(cluster.properties.multi).toBe(leaves.filter((l) => l.networks.length > 1).length);
    }
  });

  it('answers a zoom below the map minimum as the minimum, which no view goes below', () => {
    expect(index.getClusters(WORLD, MIN_ZOOM - 2)).toEqual(index.getClusters(WORLD, MIN_ZOOM));
  });
});

describe('stacks: several partnerships at one spot', () => {
  const spot = { lat: 52.0907, lon: 5.1214 };
  const stack = ['a', 'b', 'c'].map((id, i) => ({ id, name: `Samen ${id}`, ...spot, phase: null, networks: [NETWORKS[i]!] }));
  // About 3 m east: within the radius even at the deepest zoom.
  const neighbour = { id: 'd', name: 'Samen d', lat: spot.lat, lon: spot.lon + 0.00004, phase: null, networks: ['lpa'] };
  // About 1 km away: split off from the stack long before the deepest zoom.
  const apart = { id: 'e', name: 'Samen e', lat: spot.lat + 0.009, lon: spot.lon, phase: null, networks: ['lpa'] };
  const index = buildClusterIndex([...stack, neighbour, apart]);

  it('stay one cluster at the deepest zoom, which no zoom splits, listing every partnership in it', () => {
    const features = index.getClusters(WORLD, CLUSTER_MAX_ZOOM);
    const [cluster, ...others] = features.filter(isCluster);
    expect(others).toEqual([]);
    expect(cluster!.properties.point_count).toBe(4);
    expect(index.getClusterExpansionZoom(cluster!.properties.cluster_id)).toBeGreaterThan(CLUSTER_MAX_ZOOM);
    const leaves = index.getLeaves(cluster!.properties.cluster_id, Infinity).map((f) => f.properties.id);
    expect(leaves.sort()).toEqual(['a', 'b', 'c', 'd']);
    expect(features.filter((f) => !isCluster(f)).map((f) => f.properties.id)).toEqual(['e']);
  });

  it('zoom in from the whole country to where the stack and its neighbour 1 km away part', () => {
    const [top] = index.getClusters(WORLD, MIN_ZOOM).filter(isCluster);
    expect(top!.properties.point_count).toBe(5);
    const zoom = index.getClusterExpansionZoom(top!.properties.cluster_id);
    expect(zoom).toBeLessThanOrEqual(CLUSTER_MAX_ZOOM);
    expect(drawn(index, zoom)).toEqual({ clusters: 1, points: 1, stacks: 1 });
  });
});
