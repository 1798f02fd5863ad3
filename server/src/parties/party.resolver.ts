import { Arg, Ctx, FieldResolver, Float, ID, Int, Query, Resolver, Root } from 'type-graphql';
import { AnalyticsService } from '../analytics/analytics.service.js';
import { DomainLoad, TablePair } from '../analytics/analytics.type.js';
import type { Context } from '../common/context.js';
import { versionOf } from '../common/version.js';
import { AS_OF, DateScalar, onDate, type OnDate } from '../common/dates.js';
import { byName, datedRelation } from '../common/loaders.js';
import { Partnership } from '../partnerships/partnership.type.js';
import { Table } from '../tables/table.type.js';
import { PartyService } from './party.service.js';
import { Party } from './party.type.js';

@Resolver(() => Party)
export class PartyResolver {
  @Query(() => Party, {
    nullable: true,
    description: 'One party; its partnerships, tables, duplicate tables and load are those of asOf (default today).',
  })
  party(
    @Arg('id', () => ID) id: string,
    @Ctx() ctx: Context,
    @Arg('asOf', () => DateScalar, { nullable: true, description: AS_OF }) asOf?: string | null,
  ): Promise<Party | null> {
    return new PartyService(ctx.db).byId(id, asOf);
  }

  @FieldResolver(() => [Partnership], {
    description:
      'Partnerships it was a member of on the date it was asked on (default today): the partnership and the membership valid then.',
  })
  async partnerships(@Root() party: Party & OnDate, @Ctx() ctx: Context): Promise<Partnership[]> {
    return byName(onDate(await datedRelation<Partnership>(ctx, 'party-partnerships', party).load(party.id), party.asOf));
  }

  @FieldResolver(() => [Table], { description: 'Governance tables it sat at on the date it was asked on (default today).' })
  async tables(@Root() party: Party & OnDate, @Ctx() ctx: Context): Promise<Table[]> {
    return byName(onDate(await datedRelation<Table>(ctx, 'party-tables', party).load(party.id), party.asOf));
  }

  @FieldResolver(() => Int, { description: 'Goes up by one with every change; an update must name the version it read.' })
  version(@Root() r: Party, @Ctx() ctx: Context): Promise<number> {
    return versionOf(ctx, 'party', r.id, r as { version?: unknown });
  }

  @FieldResolver(() => [TablePair], {
    description:
      'The pairs of duplicateTables(minJaccard) at both of whose tables this party sits, in the same order (Jaccard desc, then ids), with the seats of the date it was asked on (default today). limit ≤ 1000, default 1000.',
  })
  duplicateTables(
    @Root() party: Party & OnDate,
    @Ctx() ctx: Context,
    @Arg('minJaccard', () => Float, { defaultValue: 0.5 }) minJaccard: number,
    @Arg('limit', () => Int, { nullable: true }) limit?: number | null,
  ): Promise<TablePair[]> {
    return new AnalyticsService(ctx.db).partyDuplicateTables(party.id, minJaccard, limit, party.asOf);
  }

  @FieldResolver(() => DomainLoad, {
    description: 'Its load (partnerships + tables) against the parties of its domain, on the date it was asked on (default today).',
  })
  async domainLoad(@Root() party: Party & OnDate, @Ctx() ctx: Context): Promise<DomainLoad> {
    return (await new AnalyticsService(ctx.db).domainLoad(party.id, party.asOf))!;
  }
}
