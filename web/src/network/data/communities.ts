import { UndirectedGraph } from 'graphology';
import louvainImport from 'graphology-communities-louvain';
import { uniformFloat64 } from 'pure-rand/distribution/uniformFloat64';
import { xoroshiro128plus } from 'pure-rand/generator/xoroshiro128plus';

/** The part of graphology-communities-louvain this module uses. */
type Louvain = (graph: UndirectedGraph, options: { rng: () => number }) => Record<string, number>;
// A CommonJS module: depending on the bundler its default import is the function or an object holding it.
const louvain = ((louvainImport as unknown as { default?: Louvain }).default ?? louvainImport) as unknown as Louvain;

/** The seed every client-side community detection uses: the same graph gives the same communities. */
export const COMMUNITY_SEED = 1;

/** A generator of numbers in [0, 1), the same sequence for the same seed on every machine. */
export function seededRandom(seed: number): () => number {
  const rng = xoroshiro128plus(seed);
  return () => uniformFloat64(rng);
}

/** The links as an undirected simple graph over `keys` (repeated links and links to unknown keys dropped). */
export function linkGraph(keys: readonly string[], links: readonly { source: string; target: string }[]): UndirectedGraph {
  const graph = new UndirectedGraph();
  for (const key of keys) graph.mergeNode(key);
  for (const { source, target } of links)
    if (source !== target && graph.hasNode(source) && graph.hasNode(target)) graph.mergeEdge(source, target);
  return graph;
}

/**
 * Louvain communities of `graph` (graphology-communities-louvain, drawing from a
 * generator seeded with `seed`). Returns each key's community, numbered 0, 1, …
 * by size descending, then by the first of its keys in the graph's order.
 */
export function detectCommunities(graph: UndirectedGraph, seed = COMMUNITY_SEED): Map<string, number> {
  if (graph.order === 0) return new Map();
  const found = graph.size === 0 ? {} : louvain(graph, { rng: seededRandom(seed) });
  const members = new Map<string, string[]>();
  // A node without links is a community of its own (Louvain leaves it so too).
  graph.forEachNode((key) => {
    const id = found[key] === undefined ? `alone:${key}` : String(found[key]);
    const list = members.get(id);
    if (list) list.push(key);
    else members.set(id, [key]);
  });
  const ordered = [...members.values()]
    .map((keys, first) => ({ keys, first }))
    .sort((a, b) => b.keys.length - a.keys.length || a.first - b.first);
  const communityOf = new Map<string, number>();
  ordered.forEach(({ keys }, i) => keys.forEach((key) => communityOf.set(key, i)));
  return communityOf;
}
