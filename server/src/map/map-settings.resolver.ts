import { Ctx, Query, Resolver } from 'type-graphql';
import type { Context } from '../common/context.js';
import { MapSettings } from './map-settings.type.js';

@Resolver()
export class MapSettingsResolver {
  @Query(() => MapSettings, { description: 'Base map settings for the map view (TILE_URL, TILE_ATTRIBUTION, read at start).' })
  mapSettings(@Ctx() ctx: Context): MapSettings {
    return ctx.map;
  }
}
