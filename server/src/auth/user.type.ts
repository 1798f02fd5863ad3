import { Field, ObjectType } from 'type-graphql';
import { Partnership } from '../partnerships/partnership.type.js';

@ObjectType({ description: 'The signed-in user.' })
export class User {
  @Field(() => String)
  email!: string;

  @Field(() => String, { description: 'READER, CONTRIBUTOR, EDITOR or ADMIN' })
  role!: string;

  @Field(() => [Partnership], { description: 'Partnerships a CONTRIBUTOR may propose changes to.' })
  partnerships!: Partnership[];
}

@ObjectType({ description: 'How to sign in here.' })
export class SignInOptions {
  @Field(() => String, { nullable: true, description: 'Name of the OpenID Connect provider, when one is configured.' })
  oidc!: string | null;

  @Field(() => Boolean, { description: 'Whether reading works without signing in.' })
  publicRead!: boolean;
}
