import { Arg, Ctx, FieldResolver, ID, Int, Query, Resolver, Root } from 'type-graphql';
import type { Context } from '../common/context.js';
import { versionOf } from '../common/version.js';
import { byName, relation } from '../common/loaders.js';
import { Partnership } from '../partnerships/partnership.type.js';
import { Table } from '../tables/table.type.js';
import { Party } from './party.type.js';

@Resolver(() => Party)
export class PartyResolver {
  @Query(() => Party, { nullable: true })
  async party(@Arg('id', () => ID) id: string, @Ctx() ctx: Context): Promise<Party | null> {
    const [row] = await ctx.db.read<{ party: Party }>('explore/party', { id });
    return row?.party ?? null;
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
}
