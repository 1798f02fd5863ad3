import type { Core, EdgeSingular } from 'cytoscape';
import type { LayoutRequest } from './computeLayout';
import type { ForceRequest } from './forceLayout';
import { layerEdges } from '../edgeLayer';
import type { LayoutPlan } from './planLayout';

/**
 * Room for both ends; more for a duplicate-table pair (the parties they share
 * pull duplicates together, and their red link must stay visible) and for
 * the networks' overlap.
 */
export function idealLength(kind: unknown, sourceSize: unknown, targetSize: unknown): number {
  const ends = (Number(sourceSize) + Number(targetSize)) / 2 || 30;
  if (kind === 'duplicate') return 160 + ends;
  // Networks carry long labels: give them room to be read.
  if (kind === 'overlap') return 150 + ends;
  return 40 + ends;
}

/** Every link of the graph on `cy` as the layouts take it: Cytoscape's and the edge layer's. */
function links(cy: Core): { source: string; target: string; kind: unknown }[] {
  return [
    ...cy.edges().map((e: EdgeSingular) => ({ source: e.source().id(), target: e.target().id(), kind: e.data('kind') as unknown })),
    ...layerEdges(cy).map((e) => ({ source: e.data.source as string, target: e.data.target as string, kind: e.data.kind as unknown })),
  ];
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
    edges: links(cy).map((e) => ({
      source: e.source,
      target: e.target,
      length: idealLength(e.kind, cy.getElementById(e.source).data('size'), cy.getElementById(e.target).data('size')),
    })),
    randomize: plan.randomize,
    quality: plan.quality,
  };
}

/** What the force layout needs of the graph on `cy`: its nodes, in `cy.nodes()` order (the order of the answer), and links. */
export function forceRequest(cy: Core): ForceRequest {
  return {
    nodes: cy.nodes().map((n) => ({ id: n.id() })),
    edges: links(cy).map(({ source, target }) => ({ source, target })),
  };
}
