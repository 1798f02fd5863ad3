import { Ctx, Query, Resolver } from 'type-graphql';
import type { Context } from '../common/context.js';
import { NetworkService } from './network.service.js';
import { Network } from './network.type.js';

@Resolver(() => Network)
export class NetworkResolver {
  @Query(() => [Network], { description: 'The national networks, by key.' })
  networks(@Ctx() ctx: Context): Promise<Network[]> {
    return new NetworkService(ctx.db).list();
  }
}
