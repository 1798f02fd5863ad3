import { Arg, Ctx, FieldResolver, Query, Resolver, Root } from 'type-graphql';
import type { Context } from '../common/context.js';
import { AS_OF, DateScalar } from '../common/dates.js';
import { byName, relation } from '../common/loaders.js';
import { Municipality } from '../municipalities/municipality.type.js';
import { PartnershipFilter } from '../partnerships/partnership.input.js';
import { Region, RegionCrowding, RegionType } from './region.type.js';
import { RegionService } from './region.service.js';

@Resolver(() => Region)
export class RegionResolver {
  @Query(() => [Region], { description: 'The regions of one type, by code.' })
  async regions(@Ctx() ctx: Context, @Arg('type', () => RegionType) type: RegionType): Promise<Region[]> {
    const rows = await new RegionService(ctx.db).regions(type);
    // The statement brings the municipalities along: the field resolver answers from them.
    for (const row of rows) relation<Municipality>(ctx, 'region-municipalities').prime(row.region.code, row.municipalities);
    return rows.map((row) => row.region);
  }

  @Query(() => [RegionCrowding], {
    description:
      'Crowding per region of one type on asOf (default today), by index desc, then code. With a filter only the partnerships that pass it count (tables always count).',
  })
  regionCrowding(
    @Ctx() ctx: Context,
    @Arg('type', () => RegionType) type: RegionType,
    @Arg('filter', () => PartnershipFilter, { nullable: true }) filter?: PartnershipFilter | null,
    @Arg('asOf', () => DateScalar, { nullable: true, description: AS_OF }) asOf?: string | null,
  ): Promise<RegionCrowding[]> {
    return new RegionService(ctx.db).crowding(type, filter, asOf);
  }

  @FieldResolver(() => [Municipality], { description: 'Its municipalities, by name.' })
  async municipalities(@Root() region: Region, @Ctx() ctx: Context): Promise<Municipality[]> {
    return byName(await relation<Municipality>(ctx, 'region-municipalities').load(region.code));
  }
}
