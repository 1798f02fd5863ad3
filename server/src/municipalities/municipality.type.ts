import { Field, ObjectType } from 'type-graphql';
import { LatLon } from '../common/lat-lon.type.js';

@ObjectType({ description: 'A Dutch municipality (gemeente), by CBS code.' })
export class Municipality {
  @Field(() => String, { description: 'CBS code, e.g. GM0363.' })
  code!: string;

  @Field(() => String)
  name!: string;

  @Field(() => String)
  province!: string;

  @Field(() => LatLon, { nullable: true })
  location!: LatLon | null;
}
