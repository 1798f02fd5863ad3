import { Arg, Ctx, FieldResolver, ID, Int, Query, Resolver, Root } from 'type-graphql';
import type { Context } from '../common/context.js';
import { versionOf } from '../common/version.js';
import { AS_OF, DateScalar, onDate, RECORDED, type OnDate } from '../common/dates.js';
import { byName, datedRelation, relation } from '../common/loaders.js';
import { Municipality } from '../municipalities/municipality.type.js';
import { Party } from '../parties/party.type.js';
import { SeatDate } from '../common/dated.type.js';
import { TableService } from './table.service.js';
import { Table } from './table.type.js';

@Resolver(() => Table)
export class TableResolver {
  @Query(() => Table, { nullable: true, description: 'One governance table; its parties are those seated on asOf (default today).' })
  table(
    @Arg('id', () => ID) id: string,
    @Ctx() ctx: Context,
    @Arg('asOf', () => DateScalar, { nullable: true, description: AS_OF }) asOf?: string | null,
  ): Promise<Table | null> {
    return new TableService(ctx.db).byId(id, asOf);
  }

  @Query(() => [Table], {
    description: 'All governance tables by name (limit ≤ 20,000, default 5,000); their parties are those seated on asOf (default today).',
  })
  tables(
    @Ctx() ctx: Context,
    @Arg('limit', () => Int, { nullable: true }) limit?: number | null,
    @Arg('asOf', () => DateScalar, { nullable: true, description: AS_OF }) asOf?: string | null,
  ): Promise<Table[]> {
    return new TableService(ctx.db).list(limit, asOf);
  }

  @FieldResolver(() => [Party], { description: 'Parties seated at the table on the date it was asked on (default today), by name.' })
  async parties(
    @Root() t: Table & OnDate,
    @Ctx() ctx: Context,
    @Arg('recorded', () => Boolean, { defaultValue: false, description: RECORDED }) recorded: boolean = false,
  ): Promise<Party[]> {
    return byName(onDate(await datedRelation<Party>(ctx, 'table-parties', t, recorded).load(t.id), recorded ? null : t.asOf));
  }

  @FieldResolver(() => [SeatDate], { description: 'The dated seats, by party id; the other seats are always valid.' })
  seatDates(@Root() t: Table, @Ctx() ctx: Context): Promise<SeatDate[]> {
    return relation<SeatDate>(ctx, 'table-seat-dates').load(t.id);
  }

  @FieldResolver(() => [Municipality], { description: 'Municipalities the table covers.' })
  async municipalities(@Root() t: Table, @Ctx() ctx: Context): Promise<Municipality[]> {
    return byName(await relation<Municipality>(ctx, 'table-municipalities').load(t.id));
  }

  @FieldResolver(() => [String], { description: 'Provinces of the municipalities it covers, by name.' })
  provinces(@Root() t: Table, @Ctx() ctx: Context): Promise<string[]> {
    return relation<string>(ctx, 'table-provinces').load(t.id);
  }

  @FieldResolver(() => Party, { nullable: true })
  async convenedBy(@Root() t: Table, @Ctx() ctx: Context): Promise<Party | null> {
    const [convener] = await relation<Party>(ctx, 'table-convener').load(t.id);
    return convener ?? null;
  }

  @FieldResolver(() => Int, { description: 'Goes up by one with every change; an update must name the version it read.' })
  version(@Root() r: Table, @Ctx() ctx: Context): Promise<number> {
    return versionOf(ctx, 'table', r.id, r as { version?: unknown });
  }
}
