import cytoscape, { type Core, type ElementDefinition } from 'cytoscape';
import { describe, expect, it } from 'vitest';
import { heldEdges, releaseEdges } from '../../web/src/network/canvas/layout/firstPlacement.js';
import { forceRequest } from '../../web/src/network/canvas/layout/layoutRequest.js';
import { FORCE_LIMIT } from '../../web/src/network/canvas/layout/planLayout.js';
import { syncElements } from '../../web/src/network/canvas/syncElements.js';

/** `nodes` nodes n0…, each linked to the next two (a ring with chords): 2 × nodes links. */
function ring(nodes: number, prefix = 'n'): ElementDefinition[] {
  const ns = Array.from({ length: nodes }, (_, i): ElementDefinition => ({ group: 'nodes', data: { id: `${prefix}${i}`, size: 20 } }));
  const es = Array.from({ length: nodes }, (_, i) =>
    [1, 2].map((step): ElementDefinition => {
      const j = (i + step) % nodes;
      return { group: 'edges', data: { id: `${prefix}${i}-${prefix}${j}`, source: `${prefix}${i}`, target: `${prefix}${j}` } };
    }),
  ).flat();
  return [...ns, ...es];
}

const headless = (): Core => cytoscape({ headless: true, styleEnabled: false });
const ids = (defs: readonly ElementDefinition[]) => defs.map((d) => d.data.id!).sort();

describe('a large new graph is drawn nodes first, its links once the layout has settled', () => {
  const large = FORCE_LIMIT + 100;

  it('holds back the links of a large new graph, gives them to the layout, and adds them on release', () => {
    const cy = headless();
    expect(syncElements(cy, ring(large))).toBe(true);
    expect(cy.nodes().length).toBe(large);
    expect(cy.edges().length).toBe(0);
    expect(heldEdges(cy).length).toBe(2 * large);
    // On a sunflower: every node has its own place.
    expect(new Set(cy.nodes().map((n) => `${n.position().x},${n.position().y}`)).size).toBe(large);
    const request = forceRequest(cy);
    expect(request.nodes.length).toBe(large);
    expect(request.edges.length).toBe(2 * large);
    expect(request.edges[0]).toEqual({ source: 'n0', target: 'n1' });
    releaseEdges(cy);
    expect(cy.edges().length).toBe(2 * large);
    expect(heldEdges(cy)).toEqual([]);
    expect(cy.getElementById('n0-n1').source().id()).toBe('n0');
  });

  it('keeps held links held through a sync that changes nothing (no new layout), and drops the ones no longer wanted', () => {
    const cy = headless();
    const elements = ring(large);
    syncElements(cy, elements);
    expect(syncElements(cy, [...elements])).toBe(false);
    expect(cy.edges().length).toBe(0);
    expect(heldEdges(cy).length).toBe(2 * large);
    // Without n0: its node and its four links go; the other links stay held.
    const withoutN0 = elements.filter((e) => e.data.id !== 'n0' && e.data.source !== 'n0' && e.data.target !== 'n0');
    expect(syncElements(cy, withoutN0)).toBe(true);
    expect(cy.nodes().length).toBe(large - 1);
    expect(cy.edges().length).toBe(0);
    expect(heldEdges(cy).length).toBe(2 * large - 4);
    expect(heldEdges(cy).some((e) => e.data.source === 'n0' || e.data.target === 'n0')).toBe(false);
  });

  it('adds the links of a small graph, and of nodes added to a graph already drawn, at once', () => {
    const cy = headless();
    expect(syncElements(cy, ring(FORCE_LIMIT))).toBe(true);
    expect(cy.edges().length).toBe(2 * FORCE_LIMIT);
    expect(heldEdges(cy)).toEqual([]);

    const big = headless();
    const first = ring(large);
    syncElements(big, first);
    releaseEdges(big);
    const more = ring(FORCE_LIMIT + 1, 'm');
    expect(syncElements(big, [...first, ...more])).toBe(true);
    expect(big.nodes().length).toBe(large + FORCE_LIMIT + 1);
    expect(ids(big.edges().map((e) => ({ data: { id: e.id() } })))).toEqual(ids([...first, ...more].filter((e) => e.group === 'edges')));
    expect(heldEdges(big)).toEqual([]);
  });

  it('releases only the links whose ends are still there', () => {
    const cy = headless();
    syncElements(cy, ring(large));
    cy.getElementById('n5').remove();
    releaseEdges(cy);
    expect(cy.edges().length).toBe(2 * large - 4);
  });
});
