import { Field, ObjectType } from 'type-graphql';

@ObjectType({ description: 'How the map client draws its base map (server settings TILE_URL, TILE_ATTRIBUTION).' })
export class MapSettings {
  @Field(() => String, { nullable: true, description: 'Leaflet tile URL template ({z}/{x}/{y}); null when the map has no base map.' })
  tileUrl!: string | null;

  @Field(() => String, { description: 'Credit for the base map, shown on the map.' })
  tileAttribution!: string;
}
