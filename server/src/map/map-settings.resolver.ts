import { Query, Resolver } from 'type-graphql';
import { mapSettingsFrom } from './map-settings.js';
import { MapSettings } from './map-settings.type.js';

// Read once, when the schema is built at start: a wrong TILE_URL stops the
// server with a message that names it, instead of a map without tiles.
const settings = mapSettingsFrom(process.env);

@Resolver()
export class MapSettingsResolver {
  @Query(() => MapSettings, { description: 'Base map settings for the map view.' })
  mapSettings(): MapSettings {
    return settings;
  }
}
