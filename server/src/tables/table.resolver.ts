import { Arg, Ctx, FieldResolver, ID, Query, Resolver, Root } from 'type-graphql';
import type { Context } from '../common/context.js';
import { byName, relation } from '../common/loaders.js';
import { Municipality } from '../municipalities/municipality.type.js';
import { Party } from '../parties/party.type.js';
import { Table } from './table.type.js';

@Resolver(() => Table)
export class TableResolver {
  @Query(() => Table, { nullable: true })
  async table(@Arg('id', () => ID) id: string, @Ctx() ctx: Context): Promise<Table | null> {
    const [row] = await ctx.db.read<{ table: Table }>('explore/table', { id });
    return row?.table ?? null;
  }

  @FieldResolver(() => [Party], { description: 'Parties seated at the table.' })
  async parties(@Root() t: Table, @Ctx() ctx: Context): Promise<Party[]> {
    return byName(await relation<Party>(ctx, 'table-parties').load(t.id));
  }

  @FieldResolver(() => [Municipality], { description: 'Municipalities the table covers.' })
  async municipalities(@Root() t: Table, @Ctx() ctx: Context): Promise<Municipality[]> {
    return byName(await relation<Municipality>(ctx, 'table-municipalities').load(t.id));
  }

  @FieldResolver(() => Party, { nullable: true })
  async convenedBy(@Root() t: Table, @Ctx() ctx: Context): Promise<Party | null> {
    const [convener] = await relation<Party>(ctx, 'table-convener').load(t.id);
    return convener ?? null;
  }
}
