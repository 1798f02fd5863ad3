import { describe, expect, it } from 'vitest';
import {
  CHECK_EVERY,
  ForceLayout,
  LINK_PX,
  linkLength,
  MAX_ITERATIONS,
  placeByCommunity,
} from '../../web/src/network/canvas/layout/forceLayout.js';
import { DRAFT_LIMIT, FORCE_LIMIT, planLayout } from '../../web/src/network/canvas/layout/planLayout.js';
import { sunflower } from '../../web/src/network/canvas/layout/sunflower.js';
import { detectCommunities, linkGraph, seededRandom } from '../../web/src/network/data/communities.js';

/** A seeded graph of `groups` groups of `size` nodes: 9 in 10 links inside a group, the rest between groups. */
function plantedGraph(seed: number, groups: number, size: number, linksPerNode: number) {
  const random = seededRandom(seed);
  const pick = (n: number) => Math.floor(random() * n);
  const nodes = Array.from({ length: groups * size }, (_, i) => ({ id: `n${i}`, group: Math.floor(i / size) }));
  const edges: { source: string; target: string }[] = [];
  for (let k = 0; k < nodes.length * linksPerNode; k++) {
    const a = pick(nodes.length);
    const group = random() < 0.9 ? nodes[a]!.group : pick(groups);
    const b = group * size + pick(size);
    if (a !== b) edges.push({ source: `n${a}`, target: `n${b}` });
  }
  return { nodes, edges };
}

const distance = (xy: Float32Array, i: number, j: number) => Math.hypot(xy[2 * i]! - xy[2 * j]!, xy[2 * i + 1]! - xy[2 * j + 1]!);

describe('planLayout: which layout a graph gets', () => {
  it('fcose at its best up to FORCE_LIMIT nodes, the force layout above, fcose draft or a grid for grouped graphs', () => {
    expect(planLayout(FORCE_LIMIT, 0)).toEqual({ kind: 'fcose', randomize: true, quality: 'default' });
    expect(planLayout(FORCE_LIMIT + 1, 0)).toEqual({ kind: 'force' });
    expect(planLayout(20_000, 0)).toEqual({ kind: 'force' });
    expect(planLayout(FORCE_LIMIT + 1, 0, true)).toEqual({ kind: 'fcose', randomize: true, quality: 'draft' });
    expect(planLayout(DRAFT_LIMIT + 1, 0, true)).toEqual({ kind: 'grid' });
  });

  it('a mostly known graph keeps its picture: an incremental fcose run when small, new nodes where they were put when large', () => {
    expect(planLayout(200, 100)).toEqual({ kind: 'fcose', randomize: false, quality: 'default' });
    expect(planLayout(200, 99)).toEqual({ kind: 'fcose', randomize: true, quality: 'default' });
    expect(planLayout(2000, 1000)).toEqual({ kind: 'keep' });
    expect(planLayout(2000, 999)).toEqual({ kind: 'force' });
  });
});

describe('communities of the links (Louvain, seeded)', () => {
  it('numbers communities by size, then by their first node; a node without links is a community of its own', () => {
    const graph = linkGraph(
      ['x', 'a', 'b', 'c', 'd', 'e', 'f', 'g'],
      [
        { source: 'a', target: 'b' },
        { source: 'b', target: 'c' },
        { source: 'c', target: 'a' },
        { source: 'd', target: 'e' },
        { source: 'e', target: 'f' },
        { source: 'f', target: 'g' },
        { source: 'g', target: 'd' },
        { source: 'd', target: 'f' },
        { source: 'a', target: 'a' },
        { source: 'a', target: 'unknown' },
      ],
    );
    expect(graph.size).toBe(8);
    expect(Object.fromEntries(detectCommunities(graph))).toEqual({ d: 0, e: 0, f: 0, g: 0, a: 1, b: 1, c: 1, x: 2 });
  });

  it('gives the same communities for the same graph and seed, and finds planted groups', () => {
    const { nodes, edges } = plantedGraph(7, 8, 25, 4);
    const keys = nodes.map((n) => n.id);
    const first = detectCommunities(linkGraph(keys, edges));
    expect(detectCommunities(linkGraph(keys, edges))).toEqual(first);
    // Most nodes share their community with the majority of their planted group.
    let agreeing = 0;
    for (let g = 0; g < 8; g++) {
      const counts = new Map<number, number>();
      for (const n of nodes.filter((x) => x.group === g)) counts.set(first.get(n.id)!, (counts.get(first.get(n.id)!) ?? 0) + 1);
      agreeing += Math.max(...counts.values());
    }
    expect(agreeing / nodes.length).toBeGreaterThan(0.9);
  });
});

describe('the force layout (ForceAtlas2 with Barnes–Hut from a placement by community)', () => {
  it('starts from discs per community: nearly every node is nearer its own community’s centre than any other’s', () => {
    const { nodes, edges } = plantedGraph(3, 5, 30, 4);
    const graph = linkGraph(
      nodes.map((n) => n.id),
      edges,
    );
    const communities = detectCommunities(graph);
    placeByCommunity(graph, communities);
    const centre = new Map<number, { x: number; y: number }>();
    graph.forEachNode(
      (key, a) => void (centre.has(communities.get(key)!) || centre.set(communities.get(key)!, a as { x: number; y: number })),
    );
    let nearestOwn = 0;
    graph.forEachNode((key, a) => {
      const p = a as { x: number; y: number };
      const byDistance = [...centre].sort(([, c], [, d]) => Math.hypot(c.x - p.x, c.y - p.y) - Math.hypot(d.x - p.x, d.y - p.y));
      if (byDistance[0]![0] === communities.get(key)) nearestOwn++;
    });
    // The discs are packed by area around the largest, so neighbouring discs may touch.
    expect(nearestOwn / graph.order).toBeGreaterThan(0.95);
  });

  it('gives links LINK_PX up to 1,250 nodes, growing to twice that at 5,000 and more', () => {
    expect(linkLength(400)).toBe(LINK_PX);
    expect(linkLength(1250)).toBe(LINK_PX);
    expect(linkLength(2500)).toBeCloseTo(LINK_PX * Math.SQRT2, 6);
    expect(linkLength(5000)).toBe(2 * LINK_PX);
    expect(linkLength(20_000)).toBe(2 * LINK_PX);
  });

  it('settles within the iteration limit, the same way every time, with links about LINK_PX long', () => {
    const request = plantedGraph(11, 10, 40, 4);
    const run = () => {
      const layout = new ForceLayout(request);
      while (!layout.advance());
      return layout;
    };
    const a = run();
    const b = run();
    expect(a.iterations).toBe(b.iterations);
    expect(a.iterations % CHECK_EVERY).toBe(0);
    expect(a.iterations).toBeLessThan(MAX_ITERATIONS);
    const xy = a.positions();
    expect(b.positions()).toEqual(xy);
    expect(xy.every(Number.isFinite)).toBe(true);
    const index = new Map(request.nodes.map((n, i) => [n.id, i]));
    const unique = [...new Map(request.edges.map((e) => [[e.source, e.target].sort().join('|'), e])).values()];
    const mean = unique.reduce((sum, e) => sum + distance(xy, index.get(e.source)!, index.get(e.target)!), 0) / unique.length;
    expect(mean).toBeCloseTo(LINK_PX, 1);
  });

  it('puts linked nodes closer together than nodes of different planted groups', () => {
    const request = plantedGraph(5, 6, 50, 4);
    const layout = new ForceLayout(request);
    while (!layout.advance());
    const xy = layout.positions();
    const index = new Map(request.nodes.map((n, i) => [n.id, i]));
    const linked = request.edges.map((e) => distance(xy, index.get(e.source)!, index.get(e.target)!));
    const apart: number[] = [];
    for (let i = 0; i < request.nodes.length; i += 7)
      for (let j = i + 1; j < request.nodes.length; j += 11)
        if (request.nodes[i]!.group !== request.nodes[j]!.group) apart.push(distance(xy, i, j));
    const median = (xs: number[]) => [...xs].sort((p, q) => p - q)[Math.floor(xs.length / 2)]!;
    expect(median(apart)).toBeGreaterThan(2.5 * median(linked));
  });

  it('answers for a graph without links and for an empty one', () => {
    const lonely = new ForceLayout({ nodes: [{ id: 'a' }, { id: 'b' }, { id: 'c' }], edges: [] });
    expect(lonely.advance()).toBe(true);
    expect(lonely.positions()).toHaveLength(6);
    expect(new ForceLayout({ nodes: [], edges: [] }).positions()).toHaveLength(0);
  });
});

describe('the sunflower placement', () => {
  it('keeps points at least about `spacing` apart and fills a disc of radius spacing·√n', () => {
    const points = Array.from({ length: 400 }, (_, i) => sunflower(i, 10));
    let closest = Infinity;
    for (let i = 0; i < points.length; i++)
      for (let j = i + 1; j < points.length; j++)
        closest = Math.min(closest, Math.hypot(points[i]!.x - points[j]!.x, points[i]!.y - points[j]!.y));
    expect(closest).toBeGreaterThan(10 * 0.9);
    expect(Math.max(...points.map((p) => Math.hypot(p.x, p.y)))).toBeLessThanOrEqual(10 * Math.sqrt(400));
  });
});
