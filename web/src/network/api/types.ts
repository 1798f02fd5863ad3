import { graphql } from '../../data/gql';
import type { GraphEdgeFieldsFragment, GraphNodeFieldsFragment, PartnershipFilter } from '../../data/gql/graphql';

graphql(`
  fragment GraphNodeFields on GraphNode {
    key
    kind
    id
    name
    degree
    networks
    phase
    domain
    level
    theme
    province
  }
`);

graphql(`
  fragment GraphEdgeFields on GraphEdge {
    source
    target
    relation
  }
`);

/** A GraphNode as every graph query asks for it. */
export type ApiNode = GraphNodeFieldsFragment;
/** A GraphEdge; `relation` is MEMBER_OF, ACTIVE_IN, SITS_AT or COVERS. */
export type ApiEdge = GraphEdgeFieldsFragment;
/** The API's node kinds (GraphQL enum NodeKind). */
export type ApiNodeKind = ApiNode['kind'];
/** The shared filters as the API's PartnershipFilter (see filters/filters.ts toPartnershipFilter). */
export type ApiFilter = PartnershipFilter;
