import type { Core, EdgeSingular } from 'cytoscape';
import type { LayoutRequest } from './computeLayout';
import type { ForceRequest } from './forceLayout';
import { heldEdges } from './firstPlacement';
import type { LayoutPlan } from './planLayout';

/**
 * Room for both ends; more for a duplicate-table pair (the parties they share
 * pull duplicates together, and their red link must stay visible) and for
 * the networks' overlap.
 */
export function idealLength(edge: EdgeSingular): number {
  const ends = (Number(edge.source().data('size')) + Number(edge.target().data('size'))) / 2 || 30;
  if (edge.data('kind') === 'duplicate') return 160 + ends;
  // Networks carry long labels: give them room to be read.
  if (edge.data('kind') === 'overlap') return 150 + ends;
  return 40 + ends;
}

/** What the layout worker needs of the graph on `cy`: nodes with their size, group and (to keep) position, and links. */
export function layoutRequest(cy: Core, plan: Extract<LayoutPlan, { kind: 'fcose' }>): LayoutRequest {
  return {
    nodes: cy.nodes().map((n) => ({
      id: n.id(),
      size: Number(n.data('size')) || 20,
      parent: (n.data('parent') as string | undefined) ?? undefined,
      position: plan.randomize ? undefined : { ...n.position() },
    })),
    edges: cy.edges().map((e) => ({ source: e.source().id(), target: e.target().id(), length: idealLength(e) })),
    randomize: plan.randomize,
    quality: plan.quality,
  };
}

/** What the force layout needs of the graph on `cy`: its nodes, in `cy.nodes()` order (the order of the answer), and links, also those held back. */
export function forceRequest(cy: Core): ForceRequest {
  return {
    nodes: cy.nodes().map((n) => ({ id: n.id() })),
    edges: [
      ...cy.edges().map((e) => ({ source: e.source().id(), target: e.target().id() })),
      ...heldEdges(cy).map((e) => ({ source: e.data.source as string, target: e.data.target as string })),
    ],
  };
}
