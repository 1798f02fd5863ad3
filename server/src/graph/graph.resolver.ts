import { Arg, Ctx, Float, Int, Query, Resolver } from 'type-graphql';
import { OverlapBasis } from '../analytics/analytics.type.js';
import type { Context } from '../common/context.js';
import { AS_OF, DateScalar } from '../common/dates.js';
import { PartnershipFilter } from '../partnerships/partnership.input.js';
import { NodePage } from './graph.input.js';
import { GraphService } from './graph.service.js';
import { GraphSlice, Neighbourhood, NetworkGraph } from './graph.type.js';

/** The network view: neighbourhoods to expand, the tables graph, the networks graph. Filters apply per kind (GraphService). */
@Resolver()
export class GraphResolver {
  @Query(() => [Neighbourhood], {
    description:
      'One page of neighbours for each node (at most 200 nodes, limit ≤ 500), in the order asked, linked on asOf (default today); unknown nodes are left out. The filter applies per kind of neighbour.',
  })
  neighbourhoods(
    @Ctx() ctx: Context,
    @Arg('nodes', () => [NodePage]) nodes: NodePage[],
    @Arg('filter', () => PartnershipFilter, { nullable: true }) filter?: PartnershipFilter | null,
    @Arg('asOf', () => DateScalar, { nullable: true, description: AS_OF }) asOf?: string | null,
  ): Promise<Neighbourhood[]> {
    return new GraphService(ctx.db).neighbourhoods(nodes, filter, asOf);
  }

  @Query(() => GraphSlice, {
    description:
      'Governance tables (by name, limit ≤ 20,000, default 5,000) and the parties seated at them on asOf (default today); tables filtered by theme, province and municipality, parties by domain.',
  })
  tableGraph(
    @Ctx() ctx: Context,
    @Arg('filter', () => PartnershipFilter, { nullable: true }) filter?: PartnershipFilter | null,
    @Arg('limit', () => Int, { nullable: true }) limit?: number | null,
    @Arg('asOf', () => DateScalar, { nullable: true, description: AS_OF }) asOf?: string | null,
  ): Promise<GraphSlice> {
    return new GraphService(ctx.db).tableGraph(filter, limit, asOf);
  }

  @Query(() => GraphSlice, {
    description:
      'The governance tables in a duplicate pair at minJaccard (both tables passing the filter), a DUPLICATE edge per pair (weight = Jaccard), and with withParties the parties seated at both tables of a pair; the seats of asOf (default today). Tables by name (limit ≤ 20,000, default 5,000).',
  })
  duplicateTableGraph(
    @Ctx() ctx: Context,
    @Arg('minJaccard', () => Float, { defaultValue: 0.5 }) minJaccard: number,
    @Arg('withParties', () => Boolean, { defaultValue: false }) withParties: boolean,
    @Arg('filter', () => PartnershipFilter, { nullable: true }) filter?: PartnershipFilter | null,
    @Arg('limit', () => Int, { nullable: true }) limit?: number | null,
    @Arg('asOf', () => DateScalar, { nullable: true, description: AS_OF }) asOf?: string | null,
  ): Promise<GraphSlice> {
    return new GraphService(ctx.db).duplicateTableGraph(minJaccard, filter, withParties, limit, asOf);
  }

  @Query(() => NetworkGraph, {
    description:
      'The networks and their overlap among the partnerships that pass the filter on asOf (default today); without a filter the pairs equal networkOverlap of that date.',
  })
  networkGraph(
    @Ctx() ctx: Context,
    @Arg('basis', () => OverlapBasis, { defaultValue: OverlapBasis.PARTNERSHIPS }) basis: OverlapBasis,
    @Arg('filter', () => PartnershipFilter, { nullable: true }) filter?: PartnershipFilter | null,
    @Arg('asOf', () => DateScalar, { nullable: true, description: AS_OF }) asOf?: string | null,
  ): Promise<NetworkGraph> {
    return new GraphService(ctx.db).networkGraph(basis, filter, asOf);
  }
}
