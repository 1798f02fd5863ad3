/** Median milliseconds of the client scenarios, per variant. */
export interface ClientTiming {
  runs: number;
  /** Median total: from having the points/elements to the first frame drawn. */
  medianMs: number;
  /** The run was stopped at the time limit: medianMs is a lower bound. */
  lowerBound?: boolean;
  /** Each run's total. */
  totals: number[];
  /** Median of each phase (cluster/draw, layout/frame). */
  phases: Record<string, number>;
  /** What was drawn: markers or nodes and edges. */
  drawn: Record<string, number>;
}

export interface ClientResult {
  chromium: string;
  viewport: string;
  map: { points: number; ours: ClientTiming; markercluster: ClientTiming; speedup: number };
  network: {
    nodes: number;
    edges: number;
    /** As the app draws a new graph: `phases.firstFrame` to the first picture, the total to the settled layout. */
    ours: ClientTiming;
    /** The same with Cytoscape's WebGL renderer forced on (software WebGL in headless Chromium). */
    oursWebgl?: ClientTiming;
    /** What the app did before the force layout: fcose "draft" in the worker, preset (a grid above 10,000 nodes). */
    before?: ClientTiming;
    /** Not run where a smaller graph already took longer than its limit. */
    fcoseDefault?: ClientTiming;
    speedup?: number;
    speedupIsLowerBound: boolean;
  }[];
  /** The tables graph's default view on the illustrative data: the tables in a duplicate pair by region, and with their shared parties. */
  tablesGraph?: { tables: ClientTiming; withParties: ClientTiming };
  /** The choropleth: the 342 municipal outlines, and the 25 GGD regions merged from them. */
  choropleth?: { municipalities: ClientTiming; regions: ClientTiming };
  loadAvg: [number, number, number];
}
