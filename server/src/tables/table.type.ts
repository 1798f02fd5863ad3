import { Field, ID, ObjectType } from 'type-graphql';

@ObjectType({ description: 'A governance table (bestuurlijke tafel).' })
export class Table {
  @Field(() => ID)
  id!: string;

  @Field(() => String)
  name!: string;

  @Field(() => String, { nullable: true, description: 'local, regional or national' })
  level!: string | null;

  @Field(() => String, { nullable: true })
  theme!: string | null;
}
