import cytoscape, { type Core, type ElementDefinition } from 'cytoscape';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { LARGE_GRAPH, layerEdges } from '../../web/src/network/canvas/edgeLayer.js';
import { toElements } from '../../web/src/network/canvas/elements.js';
import { applyLabelDetail, LABEL_ZOOM } from '../../web/src/network/canvas/labelDetail.js';
import { graphNode, type GraphModel } from '../../web/src/network/data/graphModel.js';
import { networkPalette } from '../../web/src/network/data/palette.js';
import { forceRequest, layoutRequest } from '../../web/src/network/canvas/layout/layoutRequest.js';
import { endPreview, syncElements, syncElementsDrawingFirst } from '../../web/src/network/canvas/syncElements.js';

/** `nodes` nodes p0…, each linked to the next two (a ring with chords): 2 × nodes plain links. */
function ring(nodes: number, prefix = 'n'): ElementDefinition[] {
  const ns = Array.from({ length: nodes }, (_, i): ElementDefinition => ({ group: 'nodes', data: { id: `${prefix}${i}`, size: 20 } }));
  const es = Array.from({ length: nodes }, (_, i) =>
    [1, 2].map((step): ElementDefinition => {
      const j = (i + step) % nodes;
      return {
        group: 'edges',
        data: { id: `${prefix}${i}-${prefix}${j}`, source: `${prefix}${i}`, target: `${prefix}${j}`, kind: 'member' },
      };
    }),
  ).flat();
  return [...ns, ...es];
}

const headless = (): Core => cytoscape({ headless: true, styleEnabled: false });
const sorted = (ids: string[]) => [...ids].sort();
const edgeIds = (defs: readonly ElementDefinition[]) => sorted(defs.filter((d) => d.group === 'edges').map((d) => d.data.id!));
/** 1,100 nodes and 2,200 links: 3,300 elements, a large graph. */
const LARGE = 1100;

describe('a large graph draws its plain links on the edge layer, the rest on Cytoscape’s canvas', () => {
  it('puts a large graph’s plain links on the layer, its nodes on a sunflower, and gives the layout every link', () => {
    const elements = ring(LARGE);
    expect(elements.length).toBeGreaterThan(LARGE_GRAPH);
    const cy = headless();
    expect(syncElements(cy, elements)).toBe(true);
    expect(cy.nodes().length).toBe(LARGE);
    expect(cy.edges().length).toBe(0);
    expect(edgeIds(layerEdges(cy))).toEqual(edgeIds(elements));
    expect(new Set(cy.nodes().map((n) => `${n.position().x},${n.position().y}`)).size).toBe(LARGE);
    const request = forceRequest(cy);
    expect(request.nodes.length).toBe(LARGE);
    expect(request.edges.length).toBe(2 * LARGE);
    expect(request.edges[0]).toEqual({ source: 'n0', target: 'n1' });
    const fcose = layoutRequest(cy, { kind: 'fcose', randomize: true, quality: 'draft' });
    expect(fcose.edges.length).toBe(2 * LARGE);
    expect(fcose.edges[0]).toEqual({ source: 'n0', target: 'n1', length: 60 });
  });

  it('keeps links with a look of their own (a duplicate pair, a bundle, "+N") on Cytoscape’s canvas', () => {
    const cy = headless();
    const own: ElementDefinition[] = [
      { group: 'edges', data: { id: 'dup', source: 'n0', target: 'n500', kind: 'duplicate' } },
      { group: 'edges', data: { id: 'bundle', source: 'n1', target: 'n501', kind: 'bundle' } },
    ];
    syncElements(cy, [...ring(LARGE), ...own]);
    expect(sorted(cy.edges().map((e) => e.id()))).toEqual(['bundle', 'dup']);
    expect(layerEdges(cy).length).toBe(2 * LARGE);
    expect(forceRequest(cy).edges.length).toBe(2 * LARGE + 2);
  });

  it('changes nothing (and asks for no layout) when nothing changed; drops the links of a node that goes', () => {
    const cy = headless();
    const elements = ring(LARGE);
    syncElements(cy, elements);
    expect(syncElements(cy, [...elements])).toBe(false);
    expect(layerEdges(cy).length).toBe(2 * LARGE);
    const withoutN0 = elements.filter((e) => e.data.id !== 'n0' && e.data.source !== 'n0' && e.data.target !== 'n0');
    expect(syncElements(cy, withoutN0)).toBe(true);
    expect(cy.nodes().length).toBe(LARGE - 1);
    expect(edgeIds(layerEdges(cy))).toEqual(edgeIds(withoutN0));
    expect(layerEdges(cy).length).toBe(2 * LARGE - 4);
  });

  it('draws a small graph’s links on Cytoscape’s canvas, and moves them to the layer when the graph grows large', () => {
    const cy = headless();
    const small = ring(900);
    expect(small.length).toBeLessThanOrEqual(LARGE_GRAPH);
    syncElements(cy, small);
    expect(cy.edges().length).toBe(1800);
    expect(layerEdges(cy)).toEqual([]);
    const grown = [...small, ...ring(200, 'm')];
    expect(syncElements(cy, grown)).toBe(true);
    expect(cy.edges().length).toBe(0);
    expect(edgeIds(layerEdges(cy))).toEqual(edgeIds(grown));
    // And back.
    expect(syncElements(cy, small)).toBe(true);
    expect(cy.edges().length).toBe(1800);
    expect(layerEdges(cy)).toEqual([]);
  });

  it('places a node added to a drawn large graph next to its neighbour, linked on the layer', () => {
    const cy = headless();
    const elements = ring(LARGE);
    syncElements(cy, elements);
    const anchor = { ...cy.getElementById('n5').position() };
    const added: ElementDefinition[] = [
      { group: 'nodes', data: { id: 'x', size: 20 } },
      { group: 'edges', data: { id: 'x-n5', source: 'x', target: 'n5', kind: 'member' } },
    ];
    expect(syncElements(cy, [...elements, ...added])).toBe(true);
    const p = cy.getElementById('x').position();
    expect(Math.round(Math.hypot(p.x - anchor.x, p.y - anchor.y))).toBe(80);
    expect(layerEdges(cy).some((e) => e.data.id === 'x-n5')).toBe(true);
  });
});

describe('a large new graph is painted by the edge layer first, Cytoscape’s picture when the layout places it', () => {
  afterEach(() => vi.useRealTimers());
  /** Whether Cytoscape holds updates back (cy.startBatch … endBatch); not in its typings. */
  const batching = (cy: Core) => (cy as Core & { batching(): boolean }).batching();

  it('holds Cytoscape’s updates back until the layout places the nodes, then lets them through once', () => {
    const cy = headless();
    const drawn = vi.fn();
    expect(syncElementsDrawingFirst(cy, ring(LARGE), drawn)).toBe(true);
    expect(cy.nodes().length).toBe(LARGE);
    expect(batching(cy)).toBe(true);
    expect(drawn).not.toHaveBeenCalled();
    endPreview(cy);
    expect(batching(cy)).toBe(false);
    expect(drawn).toHaveBeenCalledTimes(1);
    endPreview(cy);
    expect(batching(cy)).toBe(false);
    expect(drawn).toHaveBeenCalledTimes(1);
  });

  it('lets a small graph, or a change to a drawn large one, through at once', () => {
    const cy = headless();
    const drawn = vi.fn();
    expect(syncElementsDrawingFirst(cy, ring(100), drawn)).toBe(true);
    expect(batching(cy)).toBe(false);
    expect(drawn).toHaveBeenCalledTimes(1);
    syncElements(cy, ring(LARGE));
    const grown = [...ring(LARGE), { group: 'nodes', data: { id: 'extra', size: 20 } } as ElementDefinition];
    expect(syncElementsDrawingFirst(cy, grown, drawn)).toBe(true);
    expect(batching(cy)).toBe(false);
    expect(drawn).toHaveBeenCalledTimes(2);
  });

  it('ends the first preview when a second large graph comes, and the second when it is placed', () => {
    const cy = headless();
    const first = vi.fn();
    syncElementsDrawingFirst(cy, ring(LARGE), first);
    syncElementsDrawingFirst(cy, ring(LARGE, 'm'));
    expect(first).toHaveBeenCalledTimes(1);
    expect(cy.nodes().map((n) => n.id())).toContain('m0');
    expect(batching(cy)).toBe(true);
    endPreview(cy);
    expect(batching(cy)).toBe(false);
  });

  it('lets Cytoscape draw after 2.5 s when no layout places the nodes', () => {
    vi.useFakeTimers();
    const cy = headless();
    const drawn = vi.fn();
    syncElementsDrawingFirst(cy, ring(LARGE), drawn);
    vi.advanceTimersByTime(2499);
    expect(batching(cy)).toBe(true);
    vi.advanceTimersByTime(1);
    expect(batching(cy)).toBe(false);
    expect(drawn).toHaveBeenCalledTimes(1);
  });
});

describe('a large graph’s labels come with the zoom (level of detail)', () => {
  const options = {
    palette: networkPalette(['n1']),
    formatJaccard: (j: number) => j.toFixed(2),
    moreLabel: (n: number) => `+${n}`,
    clusterLabel: (name: string, n: number) => `${name} (${n})`,
  };
  /** `parties` parties each a member of one of `parties / 2` partnerships, the first party emphasised, one network. */
  function model(parties: number): GraphModel {
    const nodes = [
      graphNode({ key: 'network:n1', kind: 'network', id: 'n1', name: 'N1' }),
      ...Array.from({ length: parties / 2 }, (_, i) =>
        graphNode({ key: `partnership:${i}`, kind: 'partnership', id: `${i}`, name: `P${i}` }),
      ),
      ...Array.from({ length: parties }, (_, i) =>
        graphNode({ key: `party:${i}`, kind: 'party', id: `${i}`, name: `Q${i}`, emphasis: i === 0 }),
      ),
    ];
    const edges = Array.from({ length: parties }, (_, i) => ({
      key: `m${i}`,
      source: `party:${i}`,
      target: `partnership:${i % (parties / 2)}`,
      kind: 'MEMBER_OF' as const,
      shared: null,
      jaccard: null,
    }));
    return { nodes, edges };
  }
  const classesOf = (defs: ElementDefinition[], id: string) => defs.find((d) => d.data.id === id)!.classes;

  it('starts the plain nodes of a large graph without labels (lod far); networks and emphasised nodes keep theirs', () => {
    const large = toElements(model(1400), options);
    expect(large.length).toBeGreaterThan(LARGE_GRAPH);
    expect(classesOf(large, 'party:1')).toBe('lod far');
    expect(classesOf(large, 'partnership:3')).toBe('lod far');
    expect(classesOf(large, 'party:0')).toBe('emphasis');
    expect(classesOf(large, 'network:n1')).toBe('');
    const small = toElements(model(1000), options);
    expect(small.length).toBeLessThanOrEqual(LARGE_GRAPH);
    expect(small.filter((d) => /\bfar\b/.test(String(d.classes ?? '')))).toEqual([]);
  });

  it('shows them from the zoom on which an 11 px label shows, and hides them again below it', () => {
    const cy = headless();
    syncElements(cy, toElements(model(1400), options));
    cy.zoom(LABEL_ZOOM);
    expect(applyLabelDetail(cy)).toBe(true);
    expect(cy.nodes('.far').length).toBe(0);
    expect(cy.nodes('.lod').length).toBe(1400 + 700 - 1);
    cy.zoom(LABEL_ZOOM * 0.99);
    expect(applyLabelDetail(cy)).toBe(false);
    expect(cy.nodes('.far').length).toBe(1400 + 700 - 1);
    expect(cy.getElementById('party:0').hasClass('far')).toBe(false);
  });
});
