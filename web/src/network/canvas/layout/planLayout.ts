/** fcose "default" (spectral + force-directed) up to this many nodes: it grows fast (about 4 s in Chromium's worker at 500). */
export const FORCE_LIMIT = 300;
/** fcose "draft" (spectral only) up to this many nodes: about 1.4 s in the worker at 1,000 nodes / 4,000 edges, 5 s at 5,000 / 20,000. */
export const DRAFT_LIMIT = 10_000;

export type LayoutPlan =
  | { kind: 'fcose'; randomize: boolean; quality: 'default' | 'draft' }
  /** New nodes stay where they were put, around the node they belong to. */
  | { kind: 'keep' }
  | { kind: 'grid' };

/**
 * How to lay out a graph of `nodeCount` nodes, `placed` of which already have
 * a position. A new graph (or one mostly new) gets a full layout sized to stay
 * quick; changes to a small known graph settle in with an incremental fcose run
 * that starts from the current positions; in a big one new nodes keep their
 * place next to their anchor.
 */
export function planLayout(nodeCount: number, placed: number): LayoutPlan {
  // Mostly known: keep the picture and let the rest settle in. Mostly new: start afresh.
  if (placed > 0 && placed >= nodeCount / 2)
    return nodeCount <= FORCE_LIMIT ? { kind: 'fcose', randomize: false, quality: 'default' } : { kind: 'keep' };
  if (nodeCount <= FORCE_LIMIT) return { kind: 'fcose', randomize: true, quality: 'default' };
  if (nodeCount <= DRAFT_LIMIT) return { kind: 'fcose', randomize: true, quality: 'draft' };
  return { kind: 'grid' };
}
