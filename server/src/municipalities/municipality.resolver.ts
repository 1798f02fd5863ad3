import { Arg, Ctx, FieldResolver, ID, Query, Resolver, Root } from 'type-graphql';
import type { Context } from '../common/context.js';
import { byName, relation } from '../common/loaders.js';
import { Partnership } from '../partnerships/partnership.type.js';
import { Table } from '../tables/table.type.js';
import { Municipality } from './municipality.type.js';

@Resolver(() => Municipality)
export class MunicipalityResolver {
  @Query(() => Municipality, { nullable: true })
  async municipality(@Arg('code', () => ID) code: string, @Ctx() ctx: Context): Promise<Municipality | null> {
    const [row] = await ctx.db.read<{ municipality: Municipality }>('explore/municipality', { code });
    return row?.municipality ?? null;
  }

  @FieldResolver(() => [Partnership], { description: 'Partnerships active in it.' })
  async partnerships(@Root() m: Municipality, @Ctx() ctx: Context): Promise<Partnership[]> {
    return byName(await relation<Partnership>(ctx, 'municipality-partnerships').load(m.code));
  }

  @FieldResolver(() => [Table], { description: 'Governance tables covering it.' })
  async tables(@Root() m: Municipality, @Ctx() ctx: Context): Promise<Table[]> {
    return byName(await relation<Table>(ctx, 'municipality-tables').load(m.code));
  }
}
