import type { ApiEdge, ApiNode } from '../api/types';
import type { NodeKind } from '../state/nodeKey';
import { edgeKey, graphNode, type EdgeKind, type GraphEdge, type GraphNode } from './graphModel';

/** An API node as a graph node; its size follows its links. */
export function nodeFromApi(n: ApiNode): GraphNode {
  return graphNode({
    key: n.key,
    kind: n.kind.toLowerCase() as NodeKind,
    id: n.id,
    name: n.name,
    weight: n.degree,
    networks: n.networks,
    phase: n.phase,
    domain: n.domain,
    level: n.level,
    theme: n.theme,
    province: n.province,
    degree: n.degree,
  });
}

export function edgeFromApi(e: ApiEdge): GraphEdge {
  // The schema types `relation` as a string; the API sends MEMBER_OF, ACTIVE_IN, SITS_AT or COVERS.
  const kind = e.relation as EdgeKind;
  return {
    key: edgeKey(e.source, kind, e.target),
    source: e.source,
    target: e.target,
    kind,
    shared: null,
    jaccard: null,
  };
}
