import { Arg, Ctx, Float, ID, Int, Query, Resolver } from 'type-graphql';
import type { Context } from '../common/context.js';
import { AS_OF, DateScalar } from '../common/dates.js';
import { RegionType } from '../regions/region.type.js';
import { AnalyticsService } from './analytics.service.js';
import { PartnershipFilter } from '../partnerships/partnership.input.js';
import { Communities } from './community.type.js';
import { NetworkCoverage } from './coverage.type.js';
import {
  AreaCrowding,
  CrowdingChange,
  NetworkChange,
  PartyReach,
  NetworkIntersection,
  NetworkPair,
  OverlapBasis,
  PartyLoad,
  Peer,
  ProvinceCrowding,
  TablePair,
} from './analytics.type.js';

@Resolver()
export class AnalyticsResolver {
  @Query(() => [NetworkPair], {
    description:
      'Overlap between every two networks with a non-empty intersection, ordered by a, b; the sets are built from the partnerships that pass the filter.',
  })
  networkOverlap(
    @Ctx() ctx: Context,
    @Arg('basis', () => OverlapBasis, { defaultValue: OverlapBasis.PARTNERSHIPS }) basis: OverlapBasis,
    @Arg('filter', () => PartnershipFilter, { nullable: true }) filter?: PartnershipFilter | null,
    @Arg('asOf', () => DateScalar, { nullable: true, description: AS_OF }) asOf?: string | null,
  ): Promise<NetworkPair[]> {
    return new AnalyticsService(ctx.db).networkOverlap(basis, filter, asOf);
  }

  @Query(() => [NetworkIntersection], {
    description:
      'Every combination of networks that occurs, with exclusive and intersection counts, among the partnerships that pass the filter.',
  })
  networkIntersections(
    @Ctx() ctx: Context,
    @Arg('basis', () => OverlapBasis, { defaultValue: OverlapBasis.PARTNERSHIPS }) basis: OverlapBasis,
    @Arg('filter', () => PartnershipFilter, { nullable: true }) filter?: PartnershipFilter | null,
    @Arg('asOf', () => DateScalar, { nullable: true, description: AS_OF }) asOf?: string | null,
  ): Promise<NetworkIntersection[]> {
    return new AnalyticsService(ctx.db).networkIntersections(basis, filter, asOf);
  }

  @Query(() => [AreaCrowding], { description: 'Municipalities by crowding index (desc), then code, on asOf (default today). top ≤ 1000.' })
  crowding(
    @Ctx() ctx: Context,
    @Arg('top', () => Int, { nullable: true }) top?: number | null,
    @Arg('province', () => String, { nullable: true }) province?: string | null,
    @Arg('asOf', () => DateScalar, { nullable: true, description: AS_OF }) asOf?: string | null,
  ): Promise<AreaCrowding[]> {
    return new AnalyticsService(ctx.db).crowding(top, province, asOf);
  }

  @Query(() => [ProvinceCrowding], { description: 'Provinces by crowding index (desc), then name, on asOf (default today).' })
  crowdingByProvince(
    @Ctx() ctx: Context,
    @Arg('asOf', () => DateScalar, { nullable: true, description: AS_OF }) asOf?: string | null,
  ): Promise<ProvinceCrowding[]> {
    return new AnalyticsService(ctx.db).crowdingByProvince(asOf);
  }

  @Query(() => [CrowdingChange], {
    description:
      'The crowding index of every municipality (or, with type, every region of that type) on from and on to, and after - before; by |delta| desc, then code.',
  })
  crowdingChange(
    @Ctx() ctx: Context,
    @Arg('from', () => DateScalar) from: string,
    @Arg('to', () => DateScalar) to: string,
    @Arg('type', () => RegionType, { nullable: true }) type?: RegionType | null,
  ): Promise<CrowdingChange[]> {
    return new AnalyticsService(ctx.db).crowdingChange(from, to, type);
  }

  @Query(() => [NetworkChange], {
    description: 'Per network (by key): the partnerships in it on to but not on from (joined), and the reverse (left).',
  })
  networkChange(
    @Ctx() ctx: Context,
    @Arg('from', () => DateScalar) from: string,
    @Arg('to', () => DateScalar) to: string,
  ): Promise<NetworkChange[]> {
    return new AnalyticsService(ctx.db).networkChange(from, to);
  }

  @Query(() => [Peer], {
    description:
      'Other partnerships valid on asOf (default today) within radiusKm (0 < r ≤ 500), by shared themes desc, distance, name. limit ≤ 500, default 50.',
  })
  peersNearby(
    @Ctx() ctx: Context,
    @Arg('partnershipId', () => ID) partnershipId: string,
    @Arg('radiusKm', () => Float) radiusKm: number,
    @Arg('limit', () => Int, { nullable: true }) limit?: number | null,
    @Arg('asOf', () => DateScalar, { nullable: true, description: AS_OF }) asOf?: string | null,
  ): Promise<Peer[]> {
    return new AnalyticsService(ctx.db).peersNearby(partnershipId, radiusKm, limit, asOf);
  }

  @Query(() => [TablePair], {
    description:
      'Pairs of tables whose parties seated on asOf (default today) have Jaccard ≥ minJaccard (0 < j ≤ 1), by Jaccard desc, then ids.',
  })
  duplicateTables(
    @Ctx() ctx: Context,
    @Arg('minJaccard', () => Float, { defaultValue: 0.5 }) minJaccard: number,
    @Arg('limit', () => Int, { nullable: true }) limit?: number | null,
    @Arg('asOf', () => DateScalar, { nullable: true, description: AS_OF }) asOf?: string | null,
  ): Promise<TablePair[]> {
    return new AnalyticsService(ctx.db).duplicateTables(minJaccard, limit, undefined, asOf);
  }

  @Query(() => [PartyLoad], { description: 'Parties by load (partnerships + tables, on asOf, default today) desc, then name. top ≤ 1000.' })
  partyLoad(
    @Ctx() ctx: Context,
    @Arg('top', () => Int, { nullable: true }) top?: number | null,
    @Arg('asOf', () => DateScalar, { nullable: true, description: AS_OF }) asOf?: string | null,
  ): Promise<PartyLoad[]> {
    return new AnalyticsService(ctx.db).partyLoad(top, asOf);
  }

  @Query(() => [PartyReach], {
    description:
      'Parties by the networks their partnerships belong to (desc), then partnerships (desc), then name: the parties that bridge networks. Counts only partnerships that pass the filter, with the memberships and networks of asOf (default today). top ≤ 1000, default 50.',
  })
  partyReach(
    @Ctx() ctx: Context,
    @Arg('top', () => Int, { nullable: true }) top?: number | null,
    @Arg('filter', () => PartnershipFilter, { nullable: true }) filter?: PartnershipFilter | null,
    @Arg('asOf', () => DateScalar, { nullable: true, description: AS_OF }) asOf?: string | null,
  ): Promise<PartyReach[]> {
    return new AnalyticsService(ctx.db).partyReach(top, filter, asOf);
  }

  @Query(() => Communities, {
    description:
      'Louvain communities of the graph of the partnerships that pass the filter and their member parties on asOf (default today); seeded, so a seed reproduces them. Computed, not reported.',
  })
  communities(
    @Ctx() ctx: Context,
    @Arg('filter', () => PartnershipFilter, { nullable: true }) filter?: PartnershipFilter | null,
    @Arg('seed', () => Int, { defaultValue: 1 }) seed: number = 1,
    @Arg('asOf', () => DateScalar, { nullable: true, description: AS_OF }) asOf?: string | null,
  ): Promise<Communities> {
    return new AnalyticsService(ctx.db).communities(filter, seed, asOf);
  }

  @Query(() => [NetworkCoverage], {
    description:
      'Per network: its partnerships on asOf (default today) lacking each core domain (care, social, financier, citizens) among their members then.',
  })
  coverage(
    @Ctx() ctx: Context,
    @Arg('asOf', () => DateScalar, { nullable: true, description: AS_OF }) asOf?: string | null,
  ): Promise<NetworkCoverage[]> {
    return new AnalyticsService(ctx.db).coverage(asOf);
  }
}
