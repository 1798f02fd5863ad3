import Supercluster from 'supercluster';
import type { ClusterFeature, PointFeature } from 'supercluster';
// Imports here carry .js: the Node tests (test/map) load these modules as they are.
import { MAX_ZOOM, MIN_ZOOM } from '../state/mapUrl.js';
import type { MapPoint } from './mapPoint.js';

/** What each point carries into the index. */
export interface PointProps {
  id: string;
  name: string;
  networks: string[];
}

/**
 * What a cluster aggregates: `multi` partnerships in more than one network,
 * and per network key `n:<key>` the partnerships in it. Flat numbers, because
 * supercluster copies cluster properties shallowly before it reduces into them.
 */
export type ClusterProps = Record<string, number> & { multi: number };

export type ClusterIndex = Supercluster<PointProps, ClusterProps>;
export type IndexFeature = ClusterFeature<ClusterProps> | PointFeature<PointProps>;

const NETWORK_PREFIX = 'n:';

/** Cluster radius in pixels: badges of 30–44 px with room between them. */
const RADIUS_PX = 60;
/**
 * The index clusters up to the map's own maximum zoom, so a badge at any zoom
 * has the same on-screen radius; a cluster that still holds several points
 * there is a stack at (nearly) one position.
 */
export const CLUSTER_MAX_ZOOM = MAX_ZOOM;

/**
 * Builds the cluster index. supercluster has no incremental update: build anew when the points change.
 * `reduce` runs for every point or cluster merged into another (some 50,000 times for 50,000 points),
 * so it allocates nothing; zooms below the map's minimum are not clustered, as no view shows them.
 */
export function buildClusterIndex(points: readonly MapPoint[]): ClusterIndex {
  // "n:<key>" once per network, not a new string for every point that carries it.
  const propKeys = new Map<string, string>();
  const propKey = (key: string) => propKeys.get(key) ?? propKeys.set(key, NETWORK_PREFIX + key).get(key)!;
  const index = new Supercluster<PointProps, ClusterProps>({
    radius: RADIUS_PX,
    minZoom: MIN_ZOOM,
    maxZoom: CLUSTER_MAX_ZOOM,
    map: (p) => {
      const props = { multi: p.networks.length > 1 ? 1 : 0 } as ClusterProps;
      for (const key of p.networks) props[propKey(key)] = 1;
      return props;
    },
    reduce: (acc, props) => {
      for (const key in props) acc[key] = (acc[key] ?? 0) + props[key]!;
    },
  });
  return index.load(
    // The point itself as the properties: it has all PointProps, and supercluster never changes them.
    points.map((p) => ({ type: 'Feature', geometry: { type: 'Point', coordinates: [p.lon, p.lat] }, properties: p })),
  );
}

export function isCluster(feature: IndexFeature): feature is ClusterFeature<ClusterProps> {
  return 'cluster' in feature.properties && feature.properties.cluster === true;
}

/** A cluster's network counts, largest first, then by key. */
export function networkCounts(props: ClusterProps): { key: string; count: number }[] {
  return Object.entries(props)
    .filter(([key]) => key.startsWith(NETWORK_PREFIX))
    .map(([key, count]) => ({ key: key.slice(NETWORK_PREFIX.length), count }))
    .sort((a, b) => b.count - a.count || a.key.localeCompare(b.key));
}
