import type { GraphModel } from './graphModel';

/** Above this many nodes a chart cannot be read node by node: it shows one node per community instead. */
export const AGGREGATE_ABOVE = 1000;
/** Communities smaller than this are drawn as their nodes. */
export const MIN_CLUSTER = 3;

/** The key of the node that stands for community `community` (numbered from 0, the largest). */
export const clusterKey = (community: number) => `cluster:${community + 1}`;

/** A community drawn as one node. */
export interface Cluster {
  key: string;
  /** Its nodes, in the graph's order. */
  members: string[];
  /** The name of its node with the most links (the first of those in the graph's order). */
  name: string;
  /** Some of its nodes are marked (match the text to highlight). */
  marked: boolean;
}

export interface Aggregation {
  /** The communities drawn as one node each, in community order. */
  clusters: Cluster[];
  /** Each node drawn inside a cluster → that cluster's key. */
  clusterOf: Map<string, string>;
  /** Each node of a community large enough to be a cluster, open or not → its cluster's key (an opened cluster's nodes start where it was). */
  homeOf: Map<string, string>;
}

export const NO_AGGREGATION: Aggregation = { clusters: [], clusterOf: new Map(), homeOf: new Map() };

/**
 * Which nodes of `graph` the chart draws as one node per community: every
 * community of at least MIN_CLUSTER nodes, except the open ones and those
 * holding a node in `keep` (e.g. the selection, which must stay visible).
 */
export function aggregate(
  graph: GraphModel,
  communityOf: ReadonlyMap<string, number>,
  open: ReadonlySet<string>,
  keep: ReadonlySet<string>,
): Aggregation {
  const links = new Map<string, number>();
  for (const e of graph.edges) {
    links.set(e.source, (links.get(e.source) ?? 0) + 1);
    links.set(e.target, (links.get(e.target) ?? 0) + 1);
  }
  const byCommunity = new Map<number, GraphModel['nodes']>();
  for (const n of graph.nodes) {
    const c = communityOf.get(n.key);
    if (c === undefined) continue;
    const list = byCommunity.get(c);
    if (list) list.push(n);
    else byCommunity.set(c, [n]);
  }
  const clusters: Cluster[] = [];
  const clusterOf = new Map<string, string>();
  const homeOf = new Map<string, string>();
  for (const c of [...byCommunity.keys()].sort((a, b) => a - b)) {
    const nodes = byCommunity.get(c)!;
    const key = clusterKey(c);
    if (nodes.length < MIN_CLUSTER) continue;
    for (const n of nodes) homeOf.set(n.key, key);
    if (open.has(key) || nodes.some((n) => keep.has(n.key))) continue;
    const hub = nodes.reduce((best, n) => ((links.get(n.key) ?? 0) > (links.get(best.key) ?? 0) ? n : best));
    clusters.push({ key, members: nodes.map((n) => n.key), name: hub.name, marked: nodes.some((n) => n.marked) });
    for (const n of nodes) clusterOf.set(n.key, key);
  }
  return { clusters, clusterOf, homeOf };
}

/** A link of the aggregated chart: between two drawn nodes, standing for `count` links of the data. */
export interface Bundle {
  key: string;
  source: string;
  target: string;
  count: number;
}

/**
 * The links between clusters, and between a cluster and a node drawn on its
 * own, merged per pair; links inside one cluster are not drawn. Links between
 * two nodes drawn on their own are not bundles (they stay as they are).
 */
export function bundles(graph: GraphModel, aggregation: Aggregation): Bundle[] {
  const merged = new Map<string, Bundle>();
  for (const e of graph.edges) {
    const source = aggregation.clusterOf.get(e.source);
    const target = aggregation.clusterOf.get(e.target);
    if (source === undefined && target === undefined) continue;
    const [a, b] = [source ?? e.source, target ?? e.target].sort();
    if (a === b) continue;
    const key = `bundle:${a}|${b}`;
    const bundle = merged.get(key);
    if (bundle) bundle.count++;
    else merged.set(key, { key, source: a!, target: b!, count: 1 });
  }
  return [...merged.values()];
}
