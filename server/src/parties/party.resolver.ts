import { Arg, Ctx, FieldResolver, Float, ID, Int, Query, Resolver, Root } from 'type-graphql';
import { AnalyticsService } from '../analytics/analytics.service.js';
import { DomainLoad, TablePair } from '../analytics/analytics.type.js';
import type { Context } from '../common/context.js';
import { versionOf } from '../common/version.js';
import { byName, relation } from '../common/loaders.js';
import { Partnership } from '../partnerships/partnership.type.js';
import { Table } from '../tables/table.type.js';
import { PartyService } from './party.service.js';
import { Party } from './party.type.js';

@Resolver(() => Party)
export class PartyResolver {
  @Query(() => Party, { nullable: true })
  party(@Arg('id', () => ID) id: string, @Ctx() ctx: Context): Promise<Party | null> {
    return new PartyService(ctx.db).byId(id);
  }

  @FieldResolver(() => [Partnership], { description: 'Partnerships it is a member of.' })
  async partnerships(@Root() party: Party, @Ctx() ctx: Context): Promise<Partnership[]> {
    return byName(await relation<Partnership>(ctx, 'party-partnerships').load(party.id));
  }

  @FieldResolver(() => [Table], { description: 'Governance tables it sits at.' })
  async tables(@Root() party: Party, @Ctx() ctx: Context): Promise<Table[]> {
    return byName(await relation<Table>(ctx, 'party-tables').load(party.id));
  }

  @FieldResolver(() => Int, { description: 'Goes up by one with every change; an update must name the version it read.' })
  version(@Root() r: Party, @Ctx() ctx: Context): Promise<number> {
    return versionOf(ctx, 'party', r.id, r as { version?: unknown });
  }

  @FieldResolver(() => [TablePair], {
    description:
      'The pairs of duplicateTables(minJaccard) at both of whose tables this party sits, in the same order (Jaccard desc, then ids). limit ≤ 1000, default 1000.',
  })
  duplicateTables(
    @Root() party: Party,
    @Ctx() ctx: Context,
    @Arg('minJaccard', () => Float, { defaultValue: 0.5 }) minJaccard: number,
    @Arg('limit', () => Int, { nullable: true }) limit?: number | null,
  ): Promise<TablePair[]> {
    return new AnalyticsService(ctx.db).partyDuplicateTables(party.id, minJaccard, limit);
  }

  @FieldResolver(() => DomainLoad, { description: 'Its load (partnerships + tables) against the parties of its domain.' })
  async domainLoad(@Root() party: Party, @Ctx() ctx: Context): Promise<DomainLoad> {
    return (await new AnalyticsService(ctx.db).domainLoad(party.id))!;
  }
}
