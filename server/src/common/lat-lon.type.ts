import { Field, Float, ObjectType } from 'type-graphql';

@ObjectType({ description: 'A WGS-84 position.' })
export class LatLon {
  @Field(() => Float)
  lat!: number;

  @Field(() => Float)
  lon!: number;
}
