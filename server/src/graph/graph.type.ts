import { Field, Float, ID, Int, ObjectType, registerEnumType } from 'type-graphql';
import { NetworkPair } from '../analytics/analytics.type.js';

export enum NodeKind {
  PARTNERSHIP = 'PARTNERSHIP',
  PARTY = 'PARTY',
  TABLE = 'TABLE',
  MUNICIPALITY = 'MUNICIPALITY',
}
registerEnumType(NodeKind, { name: 'NodeKind', description: 'What a node of the network view stands for.' });

@ObjectType({ description: 'A partnership, party, governance table or municipality as a node of the network view.' })
export class GraphNode {
  @Field(() => ID, { description: 'Kind in lower case and id, e.g. "party:vng" or "municipality:GM0363"; unique across kinds.' })
  key!: string;

  @Field(() => NodeKind) kind!: NodeKind;

  @Field(() => ID, { description: 'The id; the CBS code for municipalities.' })
  id!: string;

  @Field(() => String) name!: string;

  @Field(() => Int, {
    description: 'All its links to partnerships, parties, tables and municipalities, unfiltered (for a party: its load).',
  })
  degree!: number;

  @Field(() => [String], { description: 'Partnerships: the keys of its networks.' })
  networks!: string[];

  @Field(() => Int, { nullable: true, description: 'Partnerships: phase 1–4.' })
  phase!: number | null;

  @Field(() => String, { nullable: true, description: 'Parties: domain.' })
  domain!: string | null;

  @Field(() => String, { nullable: true, description: 'Tables: local, regional or national.' })
  level!: string | null;

  @Field(() => String, { nullable: true, description: 'Tables: theme.' })
  theme!: string | null;

  @Field(() => String, {
    nullable: true,
    description: 'Municipalities: province. Tables: the province of most of the municipalities it covers (ties: by name).',
  })
  province!: string | null;
}

@ObjectType({ description: 'A link between two nodes (keys), in the direction of the relationship.' })
export class GraphEdge {
  @Field(() => ID) source!: string;
  @Field(() => ID) target!: string;
  @Field(() => String, { description: 'MEMBER_OF, ACTIVE_IN, SITS_AT, COVERS, or DUPLICATE between two tables of a duplicate pair' })
  relation!: string;
  @Field(() => Float, { nullable: true, description: 'DUPLICATE: the Jaccard of the two tables’ seated parties.' })
  weight?: number | null;
  @Field(() => Int, { nullable: true, description: 'DUPLICATE: the parties seated at both tables.' })
  shared?: number | null;
}

@ObjectType({ description: 'One page of a node’s neighbours, ordered by kind (partnerships, parties, tables, municipalities), then name.' })
export class Neighbourhood {
  @Field(() => GraphNode) node!: GraphNode;
  @Field(() => [GraphNode]) neighbours!: GraphNode[];
  @Field(() => [GraphEdge], { description: 'From the node to each neighbour on this page.' }) edges!: GraphEdge[];
  @Field(() => Int, { description: 'All neighbours that pass the filter.' }) total!: number;
  @Field(() => Int) offset!: number;
}

@ObjectType({ description: 'Nodes and the links between them.' })
export class GraphSlice {
  @Field(() => [GraphNode]) nodes!: GraphNode[];
  @Field(() => [GraphEdge]) edges!: GraphEdge[];
}

@ObjectType({ description: 'A national network as a node of the networks graph.' })
export class NetworkNode {
  @Field(() => String) key!: string;
  @Field(() => String) name!: string;
  @Field(() => Int, { nullable: true }) reportedCount!: number | null;
  @Field(() => Int, { description: 'Its partnerships that pass the filter.' }) partnerships!: number;
  @Field(() => Int, { description: 'The size of its set for the chosen basis.' }) size!: number;
}

@ObjectType({ description: 'The national networks and the overlap between them, among the partnerships that pass a filter.' })
export class NetworkGraph {
  @Field(() => [NetworkNode]) networks!: NetworkNode[];
  @Field(() => [NetworkPair]) pairs!: NetworkPair[];
}
