import type { Feature, FeatureCollection, MultiPolygon, Polygon } from 'geojson';
import { feature, merge } from 'topojson-client';

/** A municipality or region outline, with its code (GM…, GG…, ZK…, PV…). */
export type Outline = Feature<Polygon | MultiPolygon, { code: string }>;

type Topology = Parameters<typeof merge>[0];
type Geometry = Extract<Parameters<typeof merge>[1], unknown[]>[number];

/**
 * The municipal boundaries of 2023 (CBS, Kadaster (PDOK), CC-BY 4.0; TopoJSON
 * from minvws/nl-covid19-data-dashboard, EUPL-1.2), loaded with the map as a
 * chunk of its own. A region's outline is the union of its municipalities.
 */
export interface Boundaries {
  municipalities: readonly Outline[];
  country: FeatureCollection;
  /** The outlines of a division: region code → the CBS codes of its municipalities. */
  regions: (groups: ReadonlyMap<string, readonly string[]>) => Outline[];
}

let loading: Promise<Boundaries> | undefined;

/** Loads and converts the boundaries once per page load. */
export function loadBoundaries(): Promise<Boundaries> {
  loading ??= import('./gemeenten-2023.topo.json').then((module) => toBoundaries(module.default as unknown as Topology));
  return loading;
}

export function toBoundaries(topology: Topology): Boundaries {
  const gm = topology.objects.gm_features as unknown as {
    type: 'GeometryCollection';
    geometries: (Geometry & { properties: { code: string } })[];
  };
  const municipalities = (feature(topology, gm) as unknown as FeatureCollection<Polygon | MultiPolygon, { code: string }>).features;
  const country = feature(topology, topology.objects.nl_features!) as unknown as FeatureCollection;
  const byCode = new Map(gm.geometries.map((g) => [g.properties.code, g]));
  const cache = new WeakMap<ReadonlyMap<string, readonly string[]>, Outline[]>();
  return {
    municipalities,
    country,
    regions(groups) {
      let outlines = cache.get(groups);
      if (!outlines) {
        outlines = [...groups].map(([code, members]) => ({
          type: 'Feature',
          properties: { code },
          geometry: merge(
            topology,
            members.flatMap((m) => {
              const g = byCode.get(m);
              return g ? [g] : [];
            }),
          ),
        }));
        cache.set(groups, outlines);
      }
      return outlines;
    },
  };
}
