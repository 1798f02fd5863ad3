import { Arg, Ctx, FieldResolver, Int, Query, Resolver, Root } from 'type-graphql';
import type { Context } from '../common/context.js';
import { AS_OF, asOfParam, DateScalar } from '../common/dates.js';
import { versionOf } from '../common/version.js';
import { byName, relation } from '../common/loaders.js';
import { Party } from '../parties/party.type.js';
import { NetworkService } from './network.service.js';
import { Network } from './network.type.js';

@Resolver(() => Network)
export class NetworkResolver {
  @Query(() => [Network], { description: 'The national networks, by key, with their partnerships on asOf (default today).' })
  networks(
    @Ctx() ctx: Context,
    @Arg('asOf', () => DateScalar, { nullable: true, description: AS_OF }) asOf?: string | null,
  ): Promise<Network[]> {
    return new NetworkService(ctx.db).list(asOf);
  }

  @FieldResolver(() => Int, {
    description: 'Partnerships that belong to this network: on the asOf of the networks list, else today.',
  })
  async partnershipCount(@Root() n: Network, @Ctx() ctx: Context): Promise<number> {
    if (n.partnershipCount !== undefined) return n.partnershipCount;
    const [count] = await relation<number>(ctx, 'network-partnership-count', { asOf: asOfParam(null) }).load(n.key);
    return count ?? 0;
  }

  @FieldResolver(() => [Party], { description: 'The national parties that coordinate it.' })
  async coordinators(@Root() n: Network, @Ctx() ctx: Context): Promise<Party[]> {
    return byName(await relation<Party>(ctx, 'network-coordinators').load(n.key));
  }

  @FieldResolver(() => Int, { description: 'Goes up by one with every change; an update must name the version it read.' })
  version(@Root() r: Network, @Ctx() ctx: Context): Promise<number> {
    return versionOf(ctx, 'network', r.key, r as { version?: unknown });
  }
}
