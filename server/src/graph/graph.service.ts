import type { Reader } from '../common/request-db.js';
import { AnalyticsService } from '../analytics/analytics.service.js';
import type { NetworkPair, OverlapBasis } from '../analytics/analytics.type.js';
import { UserInputError } from '../common/errors.js';
import { listSize } from '../common/limits.js';
import type { PartnershipFilter } from '../partnerships/partnership.input.js';
import { filterParams } from '../partnerships/partnership.service.js';
import type { NodePage } from './graph.input.js';
import {
  NodeKind,
  type GraphEdge,
  type GraphNode,
  type GraphSlice,
  type Neighbourhood,
  type NetworkGraph,
  type NetworkNode,
} from './graph.type.js';

/** A date of DESIGN.md §9.3, yyyy-mm-dd; absent = today. */
type AsOf = string | null | undefined;

/** At most this many nodes per neighbourhoods request. */
export const MAX_NODE_PAGES = 200;
/** At most this many neighbours per node and page. */
export const MAX_PAGE = 500;

/** A node as the graph statements return it: the fields its kind has, no key. */
type NodeRow = Partial<Omit<GraphNode, 'key' | 'kind' | 'id' | 'name' | 'degree'>> & { id: string; name: string; degree: number };
type NeighbourRow = NodeRow & { kind: NodeKind; relation: string; outgoing: boolean };

/** "party:vng": the key the API, the client's URL and the map use for a node. */
export const nodeKey = (kind: NodeKind, id: string) => `${kind.toLowerCase()}:${id}`;

/** At most this many duplicate pairs in the duplicates graph. */
export const MAX_GRAPH_PAIRS = 20_000;

/** Far beyond any node's neighbours; keeps offset + limit inside Cypher's list indexes. */
export const MAX_OFFSET = 1_000_000;

function offsetOf(offset: number): number {
  if (!Number.isInteger(offset) || offset < 0 || offset > MAX_OFFSET)
    throw new UserInputError(`Argument "offset" must be a whole number from 0 to ${MAX_OFFSET} (got ${offset}).`, 'offset');
  return offset;
}

function toNode(kind: NodeKind, row: NodeRow): GraphNode {
  return {
    key: nodeKey(kind, row.id),
    kind,
    id: row.id,
    name: row.name,
    degree: row.degree,
    networks: [...(row.networks ?? [])].sort(),
    phase: row.phase ?? null,
    domain: row.domain ?? null,
    level: row.level ?? null,
    theme: row.theme ?? null,
    province: row.province ?? null,
  };
}

/**
 * The network view's graphs. The shared filters apply to each kind of node as
 * far as they mean something for it: partnerships take the whole partnership
 * filter; parties the domains; tables the themes and the provinces,
 * municipalities and regions they cover; municipalities the provinces, codes
 * and regions.
 */
export class GraphService {
  constructor(private readonly db: Reader) {}

  async neighbourhoods(pages: NodePage[], filter: PartnershipFilter | null | undefined, asOf?: AsOf): Promise<Neighbourhood[]> {
    if (pages.length > MAX_NODE_PAGES)
      throw new UserInputError(`Argument "nodes" takes at most ${MAX_NODE_PAGES} nodes (got ${pages.length}).`, 'nodes');
    // Plain objects: the driver only turns numbers in plain objects into integers.
    const nodes = pages.map((p) => ({
      kind: p.kind,
      id: p.id,
      offset: offsetOf(p.offset),
      limit: listSize('limit', p.limit, 25, MAX_PAGE),
    }));
    const rows = await this.db.read<{ node: NodeRow & { kind: NodeKind }; total: number; offset: number; neighbours: NeighbourRow[] }>(
      'graph/neighbourhoods',
      { ...filterParams(filter, asOf), nodes },
    );
    return rows.map((row) => {
      const node = toNode(row.node.kind, row.node);
      const neighbours = row.neighbours.map((n) => toNode(n.kind, n));
      const edges: GraphEdge[] = row.neighbours.map((n, i) => {
        const other = neighbours[i]!.key;
        return n.outgoing
          ? { source: node.key, target: other, relation: n.relation }
          : { source: other, target: node.key, relation: n.relation };
      });
      return { node, neighbours, edges, total: row.total, offset: row.offset };
    });
  }

  private async tablesWithParties(
    filter: PartnershipFilter | null | undefined,
    limit: number | null | undefined,
    ids: string[] | null,
    asOf: AsOf,
  ) {
    const [row] = await this.db.read<{ tables: NodeRow[]; parties: (NodeRow & { seatedAt: string[] })[] }>('graph/table-graph', {
      ...filterParams(filter, asOf),
      ids,
      limit: listSize('limit', limit, 5000, 20_000),
    });
    return { tables: (row?.tables ?? []).map((t) => toNode(NodeKind.TABLE, t)), parties: row?.parties ?? [] };
  }

  async tableGraph(filter: PartnershipFilter | null | undefined, limit: number | null | undefined, asOf?: AsOf): Promise<GraphSlice> {
    const { tables, parties } = await this.tablesWithParties(filter, limit, null, asOf);
    // Seats in a stable order: parties by name, then tables in list order.
    const order = new Map(tables.map((t, i) => [t.id, i]));
    const edges = parties.flatMap((p) =>
      [...p.seatedAt]
        .sort((x, y) => order.get(x)! - order.get(y)!)
        .map((tableId) => ({ source: nodeKey(NodeKind.PARTY, p.id), target: nodeKey(NodeKind.TABLE, tableId), relation: 'SITS_AT' })),
    );
    return { nodes: [...tables, ...parties.map((p) => toNode(NodeKind.PARTY, p))], edges };
  }

  /**
   * The tables that are in a duplicate pair at `minJaccard` (both of its tables passing
   * the filter), a DUPLICATE edge per pair weighted by its Jaccard, and, when asked, the
   * parties seated at both tables of a pair with those seats.
   */
  async duplicateTableGraph(
    minJaccard: number,
    filter: PartnershipFilter | null | undefined,
    withParties: boolean,
    limit: number | null | undefined,
    asOf?: AsOf,
  ): Promise<GraphSlice> {
    const pairs = await new AnalyticsService(this.db).duplicateTables(minJaccard, null, MAX_GRAPH_PAIRS, asOf);
    const ids = [...new Set(pairs.flatMap((p) => [p.a, p.b]))];
    const { tables, parties } = await this.tablesWithParties(filter, limit, ids, asOf);
    const listed = new Set(tables.map((t) => t.id));
    const kept = pairs.filter((p) => listed.has(p.a) && listed.has(p.b));
    const inPair = new Set(kept.flatMap((p) => [p.a, p.b]));
    const shownTables = tables.filter((t) => inPair.has(t.id));
    const tableKey = (id: string) => nodeKey(NodeKind.TABLE, id);
    const edges: GraphEdge[] = kept.map((p) => ({
      source: tableKey(p.a),
      target: tableKey(p.b),
      relation: 'DUPLICATE',
      weight: p.jaccard,
      shared: p.shared,
    }));
    if (!withParties) return { nodes: shownTables, edges };
    const order = new Map(shownTables.map((t, i) => [t.id, i]));
    const sharedParties = parties.flatMap((party) => {
      const seats = new Set(party.seatedAt);
      const at = new Set(kept.filter((p) => seats.has(p.a) && seats.has(p.b)).flatMap((p) => [p.a, p.b]));
      return at.size > 0 ? [{ party, at: [...at].sort((x, y) => order.get(x)! - order.get(y)!) }] : [];
    });
    const seats = sharedParties.flatMap(({ party, at }) =>
      at.map((tableId) => ({ source: nodeKey(NodeKind.PARTY, party.id), target: tableKey(tableId), relation: 'SITS_AT' })),
    );
    return { nodes: [...shownTables, ...sharedParties.map(({ party }) => toNode(NodeKind.PARTY, party))], edges: [...edges, ...seats] };
  }

  async networkGraph(basis: OverlapBasis, filter: PartnershipFilter | null | undefined, asOf?: AsOf): Promise<NetworkGraph> {
    const [row] = await this.db.read<{
      networks: Omit<NetworkNode, 'size'>[];
      sizes: { key: string; size: number }[];
      pairs: NetworkPair[];
    }>(`graph/network-graph-${basis.toLowerCase()}`, filterParams(filter, asOf));
    const sizes = new Map(row?.sizes.map((s) => [s.key, s.size]));
    return {
      networks: (row?.networks ?? []).map((n) => ({ ...n, size: sizes.get(n.key) ?? 0 })),
      pairs: row?.pairs ?? [],
    };
  }
}
