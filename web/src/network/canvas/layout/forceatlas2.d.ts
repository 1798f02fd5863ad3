// The two inner modules of graphology-layout-forceatlas2 the force layout uses: one
// iteration over its matrices, and the matrices built from a graph. The package ships
// no types for them.
declare module 'graphology-layout-forceatlas2/iterate.js' {
  import type { ForceAtlas2Settings } from 'graphology-layout-forceatlas2';

  /** One ForceAtlas2 iteration: moves the nodes of `nodes` (10 floats per node: x, y, …) in place. */
  export default function iterate(settings: Required<ForceAtlas2Settings>, nodes: Float32Array, edges: Float32Array): void;
}

declare module 'graphology-layout-forceatlas2/helpers.js' {
  import type Graph from 'graphology';

  export function graphToByteArrays(
    graph: Graph,
    getEdgeWeight: (edge: string, attributes: object, source: string, target: string) => number,
  ): { nodes: Float32Array; edges: Float32Array };
}

declare module 'graphology-layout-forceatlas2/defaults.js' {
  import type { ForceAtlas2Settings } from 'graphology-layout-forceatlas2';

  const defaults: Required<ForceAtlas2Settings>;
  export default defaults;
}
