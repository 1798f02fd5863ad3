/**
 * fcose "default" (spectral + force-directed, the best picture) up to this many nodes: the
 * networks, explorations of a few neighbourhoods and the duplicate tables, the graphs people
 * read node by node. Its time grows with the square of the nodes (4.2 s at 300 and 8.7 s at
 * 500 in Node on this 2-core machine at a load of 9; about 4 s at 500 in Chromium's worker when
 * quiet); past this the force layout, which shows a first picture at once.
 */
export const FORCE_LIMIT = 300;
/** fcose "draft" (spectral only) for a grouped graph up to this many nodes: the force layout cannot keep groups in their boxes. */
export const DRAFT_LIMIT = 10_000;

export type LayoutPlan =
  | { kind: 'fcose'; randomize: boolean; quality: 'default' | 'draft' }
  /** ForceAtlas2 with Barnes–Hut from a placement by community, drawn as it settles. */
  | { kind: 'force' }
  /** New nodes stay where they were put, around the node they belong to. */
  | { kind: 'keep' }
  | { kind: 'grid' };

/**
 * How to lay out a graph of `nodeCount` nodes, `placed` of which already have
 * a position; `grouped` when nodes are drawn inside group boxes. A small graph
 * gets fcose's exact layout; a large one the force layout, drawn as it settles
 * (grouped ones fcose's draft). Changes to a small known graph settle in with
 * an incremental fcose run from the current positions; in a big one new nodes
 * keep their place next to their anchor.
 */
export function planLayout(nodeCount: number, placed: number, grouped = false): LayoutPlan {
  // Mostly known: keep the picture and let the rest settle in. Mostly new: start afresh.
  if (placed > 0 && placed >= nodeCount / 2)
    return nodeCount <= FORCE_LIMIT ? { kind: 'fcose', randomize: false, quality: 'default' } : { kind: 'keep' };
  if (nodeCount <= FORCE_LIMIT) return { kind: 'fcose', randomize: true, quality: 'default' };
  if (!grouped) return { kind: 'force' };
  if (nodeCount <= DRAFT_LIMIT) return { kind: 'fcose', randomize: true, quality: 'draft' };
  return { kind: 'grid' };
}
