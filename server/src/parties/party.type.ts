import { Field, ID, ObjectType } from 'type-graphql';

@ObjectType({ description: 'An organisation taking part in partnerships or governance tables.' })
export class Party {
  @Field(() => ID)
  id!: string;

  @Field(() => String)
  name!: string;

  @Field(() => String, {
    description:
      'care, social, financier-municipality, financier-insurer, financier-zorgkantoor, citizens, business, knowledge or national',
  })
  domain!: string;

  @Field(() => String, { nullable: true, description: 'CBS code of the municipality it is based in.' })
  municipality!: string | null;
}
