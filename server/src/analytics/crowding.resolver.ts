import { Ctx, FieldResolver, Float, Resolver, Root } from 'type-graphql';
import type { Context } from '../common/context.js';
import { asOfParam } from '../common/dates.js';
import { relation } from '../common/loaders.js';
import { AreaCrowding } from './analytics.type.js';

/** Crowding that compares: a municipality's index against the median of its province. */
@Resolver(() => AreaCrowding)
export class CrowdingResolver {
  @FieldResolver(() => Float, { description: 'The median crowding index of the municipalities of its province, on the same date.' })
  async provinceMedian(@Root() area: AreaCrowding, @Ctx() ctx: Context): Promise<number> {
    const [median] = await relation<number>(ctx, 'province-crowding-median', { asOf: asOfParam(area.asOf) }).load(area.province);
    return median ?? 0;
  }

  @FieldResolver(() => Float, {
    nullable: true,
    description: 'index / provinceMedian: 1 is as crowded as the middle of its province, 2 twice as crowded; null when the median is 0.',
  })
  async relativeIndex(@Root() area: AreaCrowding, @Ctx() ctx: Context): Promise<number | null> {
    const median = await this.provinceMedian(area, ctx);
    return median > 0 ? area.index / median : null;
  }
}
