import type { NodeKind } from '../state/nodeKey';

/** How two nodes are linked: overlap between networks, a duplicate-table pair, or a relationship in the data. */
export type EdgeKind = 'overlap' | 'duplicate' | 'MEMBER_OF' | 'ACTIVE_IN' | 'SITS_AT' | 'COVERS';

/** A node as every view of the graph (canvas, tables, CSV) sees it. */
export interface GraphNode {
  key: string;
  kind: NodeKind;
  id: string;
  name: string;
  /** What the node's size shows: partnerships for a network, links otherwise. */
  weight: number;
  /** Partnerships: their networks; networks: their own key. */
  networks: string[];
  domain: string | null;
  phase: number | null;
  level: string | null;
  theme: string | null;
  province: string | null;
  /** Networks: the size of its set for the chosen basis (partnerships, parties or municipalities). */
  size: number | null;
  /** All its links in the data, unfiltered (for a party: its load). */
  degree: number | null;
  /** Stands out, e.g. a party with one of the highest loads. */
  emphasis: boolean;
  /** Explore: its neighbours are loaded. */
  expanded: boolean;
  /** Explore: neighbours that pass the filters but are not loaded yet. */
  more: number;
  /** The group (a region) it is drawn in, a key of `GraphModel.groups`; null outside any group. */
  parent: string | null;
  /** Matches the text to highlight, or is one of the nodes picked to stand out. */
  marked: boolean;
  /** Its community (1 = the largest), when the view is coloured by community. */
  community: number | null;
}

export interface GraphEdge {
  key: string;
  source: string;
  target: string;
  kind: EdgeKind;
  /** Overlap and duplicate pairs: |A ∩ B| and the Jaccard index. */
  shared: number | null;
  jaccard: number | null;
}

/** A box the graph draws around nodes that belong together (the tables of one region). */
export interface GraphGroup {
  key: string;
  label: string;
}

export interface GraphModel {
  nodes: GraphNode[];
  edges: GraphEdge[];
  /** Boxes around nodes (their `parent`); none when the graph is not grouped. */
  groups?: GraphGroup[];
}

export const EMPTY_GRAPH: GraphModel = { nodes: [], edges: [] };

/** A node with every optional field empty. */
export function graphNode(fields: Pick<GraphNode, 'key' | 'kind' | 'id' | 'name'> & Partial<GraphNode>): GraphNode {
  return {
    weight: 1,
    networks: [],
    domain: null,
    phase: null,
    level: null,
    theme: null,
    province: null,
    size: null,
    degree: null,
    emphasis: false,
    expanded: false,
    more: 0,
    parent: null,
    marked: false,
    community: null,
    ...fields,
  };
}

export const edgeKey = (source: string, kind: EdgeKind, target: string) => `${source}|${kind}|${target}`;

/** Links of each node in this graph. */
export function linkCounts(graph: GraphModel): Map<string, number> {
  const counts = new Map<string, number>();
  for (const e of graph.edges) {
    counts.set(e.source, (counts.get(e.source) ?? 0) + 1);
    counts.set(e.target, (counts.get(e.target) ?? 0) + 1);
  }
  return counts;
}

/** The graph with the nodes whose name contains `text` (case-insensitive) marked; the same graph when the text is empty. */
export function markMatches(graph: GraphModel, text: string): GraphModel {
  const needle = text.trim().toLocaleLowerCase();
  if (needle === '') return graph;
  return { ...graph, nodes: graph.nodes.map((n) => (n.name.toLocaleLowerCase().includes(needle) ? { ...n, marked: true } : n)) };
}

/** The graph with the nodes of `keys` marked. */
export function markKeys(graph: GraphModel, keys: ReadonlySet<string>): GraphModel {
  if (keys.size === 0) return graph;
  return { ...graph, nodes: graph.nodes.map((n) => (keys.has(n.key) ? { ...n, marked: true } : n)) };
}

/** The graph with each node's community (by node key); nodes outside every community keep none. */
export function withCommunities(graph: GraphModel, communityOf: ReadonlyMap<string, number>): GraphModel {
  return { ...graph, nodes: graph.nodes.map((n) => ({ ...n, community: communityOf.get(n.key) ?? null })) };
}
