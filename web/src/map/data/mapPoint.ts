import type { MapPointsQuery } from '../../data/gql/graphql';

/** A partnership as a point on the map (the GraphQL `MapPoint`; `networks` are network keys). */
export type MapPoint = MapPointsQuery['mapPoints'][number];
