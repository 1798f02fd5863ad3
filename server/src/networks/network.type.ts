import { Field, Int, ObjectType } from 'type-graphql';

@ObjectType({ description: 'A national network of partnerships, with its own coordinator.' })
export class Network {
  @Field(() => String, { description: 'Stable key, e.g. "jzojp".' })
  key!: string;

  @Field(() => String)
  name!: string;

  @Field(() => Int, { nullable: true, description: 'The count the network reported (end of 2021).' })
  reportedCount!: number | null;

  /** Present when the networks list loaded it; otherwise its field resolver loads it. */
  partnershipCount?: number;
}
