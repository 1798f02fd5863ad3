// eslint-disable-next-line @typescript-eslint/triple-slash-reference -- the test project compiles this module without web/src as a whole, so it names the types it needs
/// <reference path="./forceatlas2.d.ts" />
import type { UndirectedGraph } from 'graphology';
import forceAtlas2 from 'graphology-layout-forceatlas2';
import defaults from 'graphology-layout-forceatlas2/defaults.js';
import { graphToByteArrays } from 'graphology-layout-forceatlas2/helpers.js';
import iterate from 'graphology-layout-forceatlas2/iterate.js';
import { COMMUNITY_SEED, detectCommunities, linkGraph } from '../../data/communities';
import { GOLDEN_ANGLE, sunflower } from './sunflower';

/** Floats per node in ForceAtlas2's node matrix: x, y, dx, dy, old dx, old dy, mass, convergence, size, fixed. */
const PPN = 10;
/** Distance between neighbouring seeds, in ForceAtlas2's units (two linked nodes settle about 6 apart). */
const SPACING = 5;
/** Links get about this length on screen (fcose's ideal length for links in the data is 40 px plus the nodes). */
export const LINK_PX = 80;
/** Graphs of more nodes than this get longer links, up to twice LINK_PX at four times as many. */
const LONGER_LINKS_ABOVE = 1250;

/**
 * The length of a link in a force layout of `nodeCount` nodes: LINK_PX, and
 * up to twice as long in large graphs, which ForceAtlas2 packs densely: fitted
 * to the screen, their nodes would overlap, and Cytoscape makes its node images
 * at the zoom it draws them (5,000 nodes: 1.3 s to draw the settled picture at
 * LINK_PX, 0.14 s at twice it, in the bench on a loaded machine).
 */
export function linkLength(nodeCount: number): number {
  return LINK_PX * Math.min(2, Math.max(1, Math.sqrt(nodeCount / LONGER_LINKS_ABOVE)));
}
/** At most this many links are measured to scale the picture. */
const SAMPLE = 4096;
/** Settled: in the last iteration a node moved less than this share of the mean link length, on average. */
export const SETTLED = 0.01;
/** Iterations between two checks whether the layout has settled (a fixed rhythm: the same graph always stops at the same iteration). */
export const CHECK_EVERY = 10;
/** The layout stops here even if it has not settled. */
export const MAX_ITERATIONS = 500;

export interface ForceRequest {
  nodes: { id: string }[];
  edges: { source: string; target: string }[];
}

/**
 * The cheap first placement the force layout starts from: each community
 * (Louvain) on a disc of its own, its best-linked nodes in the middle; the
 * discs around the largest, by size, packed by area (neighbours may touch).
 * Sets `x` and `y` on every node.
 */
export function placeByCommunity(graph: UndirectedGraph, communityOf: ReadonlyMap<string, number>): void {
  const members: string[][] = [];
  graph.forEachNode((key) => (members[communityOf.get(key)!] ??= []).push(key));
  let before = 0;
  members.forEach((keys, k) => {
    // Outside the discs already placed, at the next turn of a spiral.
    const radius = k === 0 ? 0 : SPACING * (Math.sqrt(before) + Math.sqrt(keys.length));
    const cx = radius * Math.cos(k * GOLDEN_ANGLE);
    const cy = radius * Math.sin(k * GOLDEN_ANGLE);
    keys.sort((a, b) => graph.degree(b) - graph.degree(a));
    keys.forEach((key, j) => {
      const p = sunflower(j, SPACING);
      graph.mergeNodeAttributes(key, { x: cx + p.x, y: cy + p.y });
    });
    before += keys.length;
  });
}

/**
 * ForceAtlas2 (graphology-layout-forceatlas2's iteration, with Barnes–Hut) run
 * step by step from the community placement, so that a caller can show the
 * picture as it settles. Node `i` of the request is node `i` of every result.
 */
export class ForceLayout {
  readonly count: number;
  private readonly nodes: Float32Array;
  private readonly edges: Float32Array;
  private readonly settings: Required<Parameters<typeof iterate>[0]>;
  iterations = 0;

  constructor(request: ForceRequest, seed = COMMUNITY_SEED) {
    const graph = linkGraph(
      request.nodes.map((n) => n.id),
      request.edges,
    );
    placeByCommunity(graph, detectCommunities(graph, seed));
    const matrices = graphToByteArrays(graph, () => 1);
    this.nodes = matrices.nodes;
    this.edges = matrices.edges;
    this.count = graph.order;
    // Barnes–Hut at every size this layout gets (above the fcose limit): the repulsion in n log n, not n²;
    // θ = 1.2 as Gephi's ForceAtlas2 has it (0.5 took 1.7× as long at 5,000 nodes for the same picture).
    this.settings = { ...defaults, ...forceAtlas2.inferSettings(graph.order), barnesHutOptimize: true, barnesHutTheta: 1.2 };
  }

  /**
   * Runs `count` iterations; answers how far a node moved in the last one, on
   * average, as a share of the mean link length (the layout has settled when
   * that is small).
   */
  step(count: number): number {
    if (this.count === 0 || count <= 0) return 0;
    for (let i = 1; i < count; i++) this.iterate();
    const before = this.coordinates();
    this.iterate();
    let moved = 0;
    for (let i = 0, n = 0; n < this.nodes.length; i += 2, n += PPN)
      moved += Math.hypot(this.nodes[n]! - before[i]!, this.nodes[n + 1]! - before[i + 1]!);
    return moved / this.count / this.meanLinkLength();
  }

  /** The next CHECK_EVERY iterations; answers whether the layout is done (settled, or at MAX_ITERATIONS). */
  advance(): boolean {
    const moved = this.step(CHECK_EVERY);
    return moved < SETTLED || this.iterations >= MAX_ITERATIONS;
  }

  private iterate(): void {
    iterate(this.settings, this.nodes, this.edges);
    this.iterations++;
  }

  /** The positions in pixels, x and y per node, scaled so that links are about linkLength long. */
  positions(): Float32Array {
    const scale = linkLength(this.count) / this.meanLinkLength();
    const xy = this.coordinates();
    for (let i = 0; i < xy.length; i++) xy[i]! *= scale;
    return xy;
  }

  private coordinates(): Float32Array {
    const xy = new Float32Array(this.count * 2);
    for (let i = 0, n = 0; n < this.nodes.length; i += 2, n += PPN) {
      xy[i] = this.nodes[n]!;
      xy[i + 1] = this.nodes[n + 1]!;
    }
    return xy;
  }

  /** The mean length of (a sample of) the links; the seed spacing when there are none. */
  private meanLinkLength(): number {
    const links = this.edges.length / 3;
    if (links === 0) return SPACING;
    const stride = Math.max(1, Math.floor(links / SAMPLE));
    let sum = 0;
    let measured = 0;
    for (let e = 0; e < links; e += stride) {
      const a = this.edges[e * 3]!;
      const b = this.edges[e * 3 + 1]!;
      sum += Math.hypot(this.nodes[a]! - this.nodes[b]!, this.nodes[a + 1]! - this.nodes[b + 1]!);
      measured++;
    }
    return sum / measured || SPACING;
  }
}
