import { Field, Float, ID, Int, ObjectType } from 'type-graphql';

@ObjectType({ description: 'A partnership as a point on the map: only what the map draws.' })
export class MapPoint {
  @Field(() => ID) id!: string;
  @Field(() => String) name!: string;
  @Field(() => Float) lat!: number;
  @Field(() => Float) lon!: number;
  @Field(() => Int, { nullable: true }) phase!: number | null;
  @Field(() => [String], { description: 'Network keys.' }) networks!: string[];
}
