/** The API's node kinds (GraphQL enum NodeKind). */
export type ApiNodeKind = 'PARTNERSHIP' | 'PARTY' | 'TABLE' | 'MUNICIPALITY';

/** A GraphNode as the API returns it. */
export interface ApiNode {
  key: string;
  kind: ApiNodeKind;
  id: string;
  name: string;
  degree: number;
  networks: string[];
  phase: number | null;
  domain: string | null;
  level: string | null;
  theme: string | null;
  province: string | null;
}

export interface ApiEdge {
  source: string;
  target: string;
  relation: 'MEMBER_OF' | 'ACTIVE_IN' | 'SITS_AT' | 'COVERS';
}

/** The fields of a GraphNode every query asks for. */
export const NODE_FIELDS = 'key kind id name degree networks phase domain level theme province';

/** The shared filters as the API's PartnershipFilter (see filters/filters.ts toPartnershipFilter). */
export type ApiFilter = Record<string, unknown>;
