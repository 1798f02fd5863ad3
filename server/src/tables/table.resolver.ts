import { Arg, Ctx, FieldResolver, ID, Int, Query, Resolver, Root } from 'type-graphql';
import type { Context } from '../common/context.js';
import { versionOf } from '../common/version.js';
import { listSize } from '../common/limits.js';
import { byName, relation } from '../common/loaders.js';
import { Municipality } from '../municipalities/municipality.type.js';
import { Party } from '../parties/party.type.js';
import { SeatDate } from '../common/dated.type.js';
import { Table } from './table.type.js';

@Resolver(() => Table)
export class TableResolver {
  @Query(() => Table, { nullable: true })
  async table(@Arg('id', () => ID) id: string, @Ctx() ctx: Context): Promise<Table | null> {
    const [row] = await ctx.db.read<{ table: Table }>('explore/table', { id });
    return row?.table ?? null;
  }

  @Query(() => [Table], { description: 'All governance tables by name (limit ≤ 20,000, default 5,000).' })
  async tables(@Ctx() ctx: Context, @Arg('limit', () => Int, { nullable: true }) limit?: number | null): Promise<Table[]> {
    const rows = await ctx.db.read<{ table: Table }>('explore/tables', { limit: listSize('limit', limit, 5000, 20_000) });
    return rows.map((r) => r.table);
  }

  @FieldResolver(() => [Party], { description: 'Parties seated at the table.' })
  async parties(@Root() t: Table, @Ctx() ctx: Context): Promise<Party[]> {
    return byName(await relation<Party>(ctx, 'table-parties').load(t.id));
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
