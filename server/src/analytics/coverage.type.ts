import { Field, Int, ObjectType } from 'type-graphql';

@ObjectType({ description: 'How many of a network’s partnerships lack each core domain.' })
export class NetworkCoverage {
  @Field(() => String, { description: 'Network key.' }) network!: string;
  @Field(() => Int) partnerships!: number;
  @Field(() => Int) missingCare!: number;
  @Field(() => Int) missingSocial!: number;
  @Field(() => Int) missingFinancier!: number;
  @Field(() => Int) missingCitizens!: number;
}
