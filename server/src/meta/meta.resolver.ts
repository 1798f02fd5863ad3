import { Ctx, Query, Resolver } from 'type-graphql';
import { DOMAINS } from '@dsv/seed';
import type { Context } from '../common/context.js';
import type { Network } from '../networks/network.type.js';
import { DataInfo, FilterOptions, type SourceCount } from './meta.type.js';

@Resolver()
export class MetaResolver {
  @Query(() => DataInfo)
  async dataInfo(@Ctx() ctx: Context): Promise<DataInfo> {
    const sources = await ctx.db.read<SourceCount>('explore/data-info');
    return { illustrative: sources.some((s) => s.source === 'illustrative'), sources };
  }

  @Query(() => FilterOptions)
  async filterOptions(@Ctx() ctx: Context): Promise<FilterOptions> {
    const [row] = await ctx.db.read<Omit<FilterOptions, 'domains'>>('explore/filter-options');
    return {
      networks: (row?.networks ?? []) as Network[],
      themes: row?.themes ?? [],
      provinces: row?.provinces ?? [],
      phases: row?.phases ?? [],
      domains: [...DOMAINS],
    };
  }
}
