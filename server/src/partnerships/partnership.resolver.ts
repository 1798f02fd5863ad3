import type { GraphQLResolveInfo } from 'graphql';
import { Arg, Ctx, FieldResolver, ID, Info, Int, Query, Resolver, Root } from 'type-graphql';
import type { Context } from '../common/context.js';
import { AS_OF, DateScalar, RECORDED, type OnDate } from '../common/dates.js';
import { versionOf } from '../common/version.js';
import { byName, datedRelation, relation } from '../common/loaders.js';
import { Municipality } from '../municipalities/municipality.type.js';
import { Network } from '../networks/network.type.js';
import { Region, RegionType } from '../regions/region.type.js';
import { Table } from '../tables/table.type.js';
import { Initiative } from './initiative.type.js';
import { MapPoint } from './map-point.type.js';
import { PartnershipFilter } from './partnership.input.js';
import { PartnershipPage } from './partnership-page.type.js';
import { includeFor, primeRelations } from './partnership.relations.js';
import { missingDomains, PartnershipService } from './partnership.service.js';
import { NetworkDate } from '../common/dated.type.js';
import { Membership, Partnership } from './partnership.type.js';

@Resolver(() => Partnership)
export class PartnershipResolver {
  // The relations the query selects come back with the node, in one round
  // trip, and are handed to the field resolvers' loaders below.
  @Query(() => Partnership, {
    nullable: true,
    description: 'One partnership, whatever its dates; its networks and members are those of asOf (default today).',
  })
  async partnership(
    @Arg('id', () => ID) id: string,
    @Ctx() ctx: Context,
    @Info() info: GraphQLResolveInfo,
    @Arg('asOf', () => DateScalar, { nullable: true, description: AS_OF }) asOf?: string | null,
  ): Promise<Partnership | null> {
    const found = await new PartnershipService(ctx.db).detail(id, includeFor(info, []), asOf);
    if (!found) return null;
    primeRelations(ctx, found.partnership.id, found.relations, found.partnership);
    return found.partnership;
  }

  @Query(() => PartnershipPage, {
    description:
      'Partnerships valid on asOf (default today) matching a filter, by name, one page at a time (first ≤ 1000, default 50); their networks and members are those of that date.',
  })
  async partnerships(
    @Ctx() ctx: Context,
    @Info() info: GraphQLResolveInfo,
    @Arg('filter', () => PartnershipFilter, { nullable: true }) filter?: PartnershipFilter | null,
    @Arg('first', () => Int, { nullable: true }) first?: number | null,
    @Arg('after', () => String, { nullable: true }) after?: string | null,
    @Arg('asOf', () => DateScalar, { nullable: true, description: AS_OF }) asOf?: string | null,
  ): Promise<PartnershipPage> {
    const { page, relations } = await new PartnershipService(ctx.db).page(filter, first, after, includeFor(info, ['nodes']), asOf);
    page.nodes.forEach((node, i) => primeRelations(ctx, node.id, relations[i] ?? {}, { asOf }));
    return page;
  }

  @Query(() => [MapPoint], {
    description: 'Every matching partnership valid on asOf (default today) that has a location, as a light point (at most 100,000).',
  })
  mapPoints(
    @Ctx() ctx: Context,
    @Arg('filter', () => PartnershipFilter, { nullable: true }) filter?: PartnershipFilter | null,
    @Arg('asOf', () => DateScalar, { nullable: true, description: AS_OF }) asOf?: string | null,
  ): Promise<MapPoint[]> {
    return new PartnershipService(ctx.db).mapPoints(filter, asOf);
  }

  @Query(() => [Int], {
    description:
      'For each date (at most 200), in the order given: how many partnerships pass the filter on it, with the networks and members of that day. The timeline’s counts.',
  })
  activeCounts(
    @Ctx() ctx: Context,
    @Arg('dates', () => [DateScalar]) dates: string[],
    @Arg('filter', () => PartnershipFilter, { nullable: true }) filter?: PartnershipFilter | null,
  ): Promise<number[]> {
    return new PartnershipService(ctx.db).activeCounts(dates, filter);
  }

  @FieldResolver(() => Boolean, { description: 'The location is the centroid of its municipalities, not a given position.' })
  locationIsCentroid(@Root() p: Partnership): boolean {
    return p.locationDerived === true;
  }

  @FieldResolver(() => [Network], {
    description:
      'Networks it belongs to on the date it was asked on (the asOf of partnership, partnerships, party, …; default today), by key.',
  })
  async networks(
    @Root() p: Partnership & OnDate,
    @Ctx() ctx: Context,
    @Arg('recorded', () => Boolean, { defaultValue: false, description: RECORDED }) recorded: boolean = false,
  ): Promise<Network[]> {
    const items = await datedRelation<Omit<Network, 'partnershipCount'>>(ctx, 'partnership-networks', p, recorded).load(p.id);
    return byName(items, (n) => n.key) as Network[];
  }

  @FieldResolver(() => [NetworkDate], { description: 'The dated networks, by key; the others are always valid.' })
  networkDates(@Root() p: Partnership, @Ctx() ctx: Context): Promise<NetworkDate[]> {
    return relation<NetworkDate>(ctx, 'partnership-network-dates').load(p.id);
  }

  @FieldResolver(() => [Membership], {
    description: 'Its members on the date it was asked on (default today), with their dates, by name.',
  })
  async members(
    @Root() p: Partnership & OnDate,
    @Ctx() ctx: Context,
    @Arg('recorded', () => Boolean, { defaultValue: false, description: RECORDED }) recorded: boolean = false,
  ): Promise<Membership[]> {
    const members = await datedRelation<Membership>(ctx, 'partnership-members', p, recorded).load(p.id);
    // Its parties keep the date, for their own relations.
    const dated = members.map((m) => ({ ...m, party: { ...m.party, asOf: recorded ? null : (p.asOf ?? null) } }));
    return byName(dated, (m) => m.party.name);
  }

  @FieldResolver(() => [Municipality])
  async municipalities(@Root() p: Partnership, @Ctx() ctx: Context): Promise<Municipality[]> {
    return byName(await relation<Municipality>(ctx, 'partnership-municipalities').load(p.id));
  }

  @FieldResolver(() => [Region], {
    description: 'Regions of the municipalities it is active in (of one type, or all), by type, then code.',
  })
  async regions(
    @Root() p: Partnership,
    @Ctx() ctx: Context,
    @Arg('type', () => RegionType, { nullable: true }) type?: RegionType | null,
  ): Promise<Region[]> {
    const items = await relation<Region>(ctx, 'partnership-regions').load(p.id);
    const order = Object.values(RegionType);
    return items
      .filter((r) => !type || r.type === type)
      .sort((a, b) => order.indexOf(a.type) - order.indexOf(b.type) || a.code.localeCompare(b.code));
  }

  @FieldResolver(() => [String])
  async themes(@Root() p: Partnership, @Ctx() ctx: Context): Promise<string[]> {
    return byName(await relation<string>(ctx, 'partnership-themes').load(p.id), (t) => t);
  }

  @FieldResolver(() => [Table], { description: 'Governance tables covering any municipality it is active in.' })
  async tables(@Root() p: Partnership, @Ctx() ctx: Context): Promise<Table[]> {
    return byName(await relation<Table>(ctx, 'partnership-tables').load(p.id));
  }

  @FieldResolver(() => [Initiative])
  async initiatives(@Root() p: Partnership, @Ctx() ctx: Context): Promise<Initiative[]> {
    return byName(await relation<Initiative>(ctx, 'partnership-initiatives').load(p.id));
  }

  @FieldResolver(() => [String], {
    description: 'Core domains (care, social, financier, citizens) none of its members (on the date it was asked on) is in.',
  })
  async missingDomains(@Root() p: Partnership & OnDate, @Ctx() ctx: Context): Promise<string[]> {
    return missingDomains(await datedRelation<string>(ctx, 'partnership-domains', p).load(p.id));
  }

  @FieldResolver(() => Int, { description: 'Goes up by one with every change; an update must name the version it read.' })
  version(@Root() r: Partnership, @Ctx() ctx: Context): Promise<number> {
    return versionOf(ctx, 'partnership', r.id, r as { version?: unknown });
  }
}
