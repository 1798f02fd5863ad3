import { Field, ID, ObjectType } from 'type-graphql';
import { DateScalar } from './dates.js';

@ObjectType({ description: 'The dates of one of a partnership’s networks (DESIGN.md §9.3): [validFrom, validTo).' })
export class NetworkDate {
  @Field(() => String, { description: 'Network key.' }) network!: string;
  @Field(() => DateScalar, { nullable: true, description: 'In it since (lid sinds); null: unknown.' }) validFrom!: string | null;
  @Field(() => DateScalar, { nullable: true, description: 'No longer in it from (gestopt op); null: still in it.' }) validTo!:
    string | null;
}

@ObjectType({ description: 'The dates of a seat at a governance table (DESIGN.md §9.3): [validFrom, validTo).' })
export class SeatDate {
  @Field(() => ID) partyId!: string;
  @Field(() => DateScalar, { nullable: true, description: 'Seated since; null: unknown.' }) validFrom!: string | null;
  @Field(() => DateScalar, { nullable: true, description: 'No longer seated from; null: still seated.' }) validTo!: string | null;
}
