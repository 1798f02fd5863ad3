import { Field, ID, ObjectType } from 'type-graphql';

@ObjectType({ description: 'A project inside a partnership.' })
export class Initiative {
  @Field(() => ID)
  id!: string;

  @Field(() => String)
  name!: string;

  @Field(() => String, { nullable: true, description: 'scaled, scaling, wish, potential or none' })
  scalingStatus!: string | null;
}
