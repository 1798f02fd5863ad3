import type { NodeCollection } from 'cytoscape';

/** Moves node `i` of `nodes` to the frame's `i`-th position, all in one call (one event, one redraw). */
export function applyFrame(nodes: NodeCollection, xy: Float32Array): void {
  nodes.positions((node, i) => {
    const x = xy[2 * i]!;
    const y = xy[2 * i + 1]!;
    return Number.isFinite(x) && Number.isFinite(y) ? { x, y } : node.position();
  });
}
