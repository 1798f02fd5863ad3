/** A partnership as a point on the map (the GraphQL `MapPoint`). */
export interface MapPoint {
  id: string;
  name: string;
  lat: number;
  lon: number;
  phase: number | null;
  /** Network keys. */
  networks: string[];
}
