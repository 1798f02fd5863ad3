import { describe, expect, it } from 'vitest';
import { toElements } from '../../web/src/network/canvas/elements.js';
import { aggregate, bundles, clusterKey, MIN_CLUSTER } from '../../web/src/network/data/aggregate.js';
import { seededRandom } from '../../web/src/network/data/communities.js';
import { graphNode, type GraphEdge, type GraphModel } from '../../web/src/network/data/graphModel.js';
import { networkPalette } from '../../web/src/network/data/palette.js';
import { viewFrom, withView } from '../../web/src/network/state/viewState.js';

const party = (id: string, marked = false) => graphNode({ key: `party:${id}`, kind: 'party', id, name: `Partij ${id}`, marked });
const link = (a: string, b: string): GraphEdge => ({
  key: `party:${a}|MEMBER_OF|party:${b}`,
  source: `party:${a}`,
  target: `party:${b}`,
  kind: 'MEMBER_OF',
  shared: null,
  jaccard: null,
});
const options = {
  palette: networkPalette([]),
  formatJaccard: (j: number) => j.toFixed(2),
  moreLabel: (n: number) => `+${n}`,
  clusterLabel: (name: string, n: number) => `${name} e.a. (${n})`,
};

/**
 * Communities 0 = {a, b, c, d} (b has the most links), 1 = {e, f, g}, 2 = {h, i}
 * (too small to be a cluster); j in none.
 */
const graph: GraphModel = {
  nodes: ['a', 'b', 'c', 'd', 'e', 'f', 'g', 'h', 'i', 'j'].map((id) => party(id, id === 'g')),
  edges: [
    link('a', 'b'),
    link('b', 'c'),
    link('b', 'd'),
    link('c', 'd'),
    link('d', 'e'),
    link('a', 'f'),
    link('e', 'f'),
    link('f', 'g'),
    link('g', 'h'),
    link('h', 'i'),
    link('i', 'j'),
  ],
};
const communityOf = new Map(Object.entries({ a: 0, b: 0, c: 0, d: 0, e: 1, f: 1, g: 1, h: 2, i: 2 }).map(([id, c]) => [`party:${id}`, c]));

describe('one node per community for a chart too big to read', () => {
  it('draws each community of at least MIN_CLUSTER nodes as one node, named after its best-linked node', () => {
    expect(MIN_CLUSTER).toBe(3);
    const result = aggregate(graph, communityOf, new Set(), new Set());
    expect(result.clusters).toEqual([
      { key: 'cluster:1', members: ['party:a', 'party:b', 'party:c', 'party:d'], name: 'Partij b', marked: false },
      { key: 'cluster:2', members: ['party:e', 'party:f', 'party:g'], name: 'Partij f', marked: true },
    ]);
    expect(Object.fromEntries(result.clusterOf)).toEqual({
      'party:a': 'cluster:1',
      'party:b': 'cluster:1',
      'party:c': 'cluster:1',
      'party:d': 'cluster:1',
      'party:e': 'cluster:2',
      'party:f': 'cluster:2',
      'party:g': 'cluster:2',
    });
    expect(bundles(graph, result)).toEqual([
      { key: 'bundle:cluster:1|cluster:2', source: 'cluster:1', target: 'cluster:2', count: 2 },
      { key: 'bundle:cluster:2|party:h', source: 'cluster:2', target: 'party:h', count: 1 },
    ]);
  });

  it('leaves open communities and those holding a node to keep (the selection) as their nodes', () => {
    const opened = aggregate(graph, communityOf, new Set([clusterKey(0)]), new Set());
    expect(opened.clusters.map((c) => c.key)).toEqual(['cluster:2']);
    expect(Object.fromEntries(opened.homeOf)).toMatchObject({ 'party:a': 'cluster:1', 'party:e': 'cluster:2' });
    expect(opened.homeOf.has('party:h')).toBe(false);
    expect(bundles(graph, opened)).toEqual([
      { key: 'bundle:cluster:2|party:d', source: 'cluster:2', target: 'party:d', count: 1 },
      { key: 'bundle:cluster:2|party:a', source: 'cluster:2', target: 'party:a', count: 1 },
      { key: 'bundle:cluster:2|party:h', source: 'cluster:2', target: 'party:h', count: 1 },
    ]);
    expect(aggregate(graph, communityOf, new Set(), new Set(['party:f'])).clusters.map((c) => c.key)).toEqual(['cluster:1']);
  });

  it('draws the clusters, the nodes outside them and one link per pair, and nothing of what a cluster holds', () => {
    const elements = toElements(graph, options, aggregate(graph, communityOf, new Set(), new Set()));
    const nodes = elements.filter((e) => e.group === 'nodes').map((e) => e.data.id);
    const edges = elements.filter((e) => e.group === 'edges').map((e) => [e.data.source, e.data.target, e.data.kind]);
    expect(nodes).toEqual(['party:h', 'party:i', 'party:j', 'cluster:1', 'cluster:2']);
    expect(edges).toEqual([
      ['cluster:1', 'cluster:2', 'bundle'],
      ['cluster:2', 'party:h', 'bundle'],
      ['party:h', 'party:i', 'MEMBER_OF'],
      ['party:i', 'party:j', 'MEMBER_OF'],
    ]);
    const cluster = elements.find((e) => e.data.id === 'cluster:2')!;
    expect(cluster.data.label).toBe('Partij f e.a. (3)');
    expect(cluster.classes).toBe('marked');
  });

  it('matches a naive count of clusters and links between them on seeded random graphs', () => {
    for (const seed of [1, 2, 3, 4, 5]) {
      const random = seededRandom(seed);
      const pick = (n: number) => Math.floor(random() * n);
      const ids = Array.from({ length: 60 + pick(60) }, (_, i) => `p${i}`);
      const g: GraphModel = { nodes: ids.map((id) => party(id)), edges: [] };
      const seen = new Set<string>();
      for (let k = 0; k < ids.length * 3; k++) {
        const [a, b] = [ids[pick(ids.length)]!, ids[pick(ids.length)]!];
        if (a === b || seen.has(`${a}|${b}`)) continue;
        seen.add(`${a}|${b}`);
        g.edges.push(link(a, b));
      }
      const communities = new Map(ids.filter(() => random() < 0.9).map((id) => [`party:${id}`, pick(12)]));
      const open = new Set([clusterKey(pick(12)), clusterKey(pick(12))]);
      const keep = new Set([`party:${ids[pick(ids.length)]}`]);
      const result = aggregate(g, communities, open, keep);

      // Naively: a community is a cluster when big enough, not open and without a kept node.
      const members = (c: number) => ids.map((id) => `party:${id}`).filter((k) => communities.get(k) === c);
      const expected = Array.from({ length: 12 }, (_, c) => c).filter(
        (c) => members(c).length >= MIN_CLUSTER && !open.has(clusterKey(c)) && !members(c).some((k) => keep.has(k)),
      );
      expect(result.clusters.map((c) => c.key)).toEqual(expected.map(clusterKey));
      const drawnAs = (k: string) => (expected.includes(communities.get(k) ?? -1) ? clusterKey(communities.get(k)!) : k);
      const pairs = new Map<string, number>();
      for (const e of g.edges) {
        const [a, b] = [drawnAs(e.source), drawnAs(e.target)];
        if (a === b || (a === e.source && b === e.target)) continue;
        const key = [a, b].sort().join('|');
        pairs.set(key, (pairs.get(key) ?? 0) + 1);
      }
      const got = new Map(bundles(g, result).map((b) => [`${b.source}|${b.target}`, b.count]));
      expect(got).toEqual(pairs);
    }
  });
});

describe('the URL of a big chart', () => {
  it('keeps which communities are open and whether every node is drawn, and drops what is no community key', () => {
    const view = viewFrom(new URLSearchParams('mode=tables&alle=1&open=cluster:3,x,cluster:3,cluster:12&alleknopen=1'));
    expect(view.open).toEqual(['cluster:3', 'cluster:12']);
    expect(view.allNodes).toBe(true);
    expect(withView(new URLSearchParams('lang=en'), view).toString()).toBe(
      'lang=en&mode=tables&alle=1&alleknopen=1&open=cluster%3A3%2Ccluster%3A12',
    );
    expect(withView(new URLSearchParams(), { ...view, open: [], allNodes: false }).toString()).toBe('mode=tables&alle=1');
  });
});
