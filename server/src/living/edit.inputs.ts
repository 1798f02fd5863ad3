import { Field, Float, ID, InputType, Int } from 'type-graphql';
import { DateScalar } from '../common/dates.js';

const SINCE = { nullable: true, description: 'The first day it holds (lid sinds); absent: unchanged, null: unknown.' };
const UNTIL = { nullable: true, description: 'The first day it no longer holds (gestopt op); absent: unchanged, null: still holds.' };

@InputType({ description: 'A party as a member of a partnership.' })
export class MemberInput {
  @Field(() => ID)
  partyId!: string;

  @Field(() => String, { nullable: true })
  role?: string | null;

  @Field(() => DateScalar, SINCE) validFrom?: string | null;
  @Field(() => DateScalar, UNTIL) validTo?: string | null;
}

@InputType({ description: 'The dates of one of a partnership’s networks (it must be in its networks).' })
export class NetworkDateInput {
  @Field(() => String, { description: 'Network key.' }) network!: string;
  @Field(() => DateScalar, SINCE) validFrom?: string | null;
  @Field(() => DateScalar, UNTIL) validTo?: string | null;
}

@InputType({ description: 'The dates of a seat at a table (the party must be in its seats).' })
export class SeatDateInput {
  @Field(() => ID) partyId!: string;
  @Field(() => DateScalar, SINCE) validFrom?: string | null;
  @Field(() => DateScalar, UNTIL) validTo?: string | null;
}

@InputType({ description: 'A new partnership. The id is made from the name when absent.' })
export class PartnershipCreateInput {
  @Field(() => ID, { nullable: true }) id?: string | null;
  @Field(() => String) name!: string;
  @Field(() => String, { nullable: true }) description?: string | null;
  @Field(() => Int, { nullable: true }) startYear?: number | null;
  @Field(() => Int, { nullable: true }) phase?: number | null;
  @Field(() => String, { nullable: true }) approach?: string | null;
  @Field(() => String, { nullable: true }) financing?: string | null;
  @Field(() => Float, { nullable: true }) lat?: number | null;
  @Field(() => Float, { nullable: true }) lon?: number | null;
  @Field(() => String, { nullable: true }) website?: string | null;
  @Field(() => String, { nullable: true }) source?: string | null;
  @Field(() => DateScalar, { nullable: true, description: 'The first day it was active; null: unknown.' }) validFrom?: string | null;
  @Field(() => DateScalar, { nullable: true, description: 'The first day it no longer was active; null: still active.' })
  validTo?: string | null;
  @Field(() => [String], { nullable: true, description: 'Network keys.' }) networks?: string[] | null;
  @Field(() => [NetworkDateInput], { nullable: true, description: 'Dates of entries of networks; the others are always valid.' })
  networkDates?: NetworkDateInput[] | null;
  @Field(() => [String], { nullable: true, description: 'CBS codes or names.' }) municipalities?: string[] | null;
  @Field(() => [String], { nullable: true }) themes?: string[] | null;
  @Field(() => [MemberInput], { nullable: true }) members?: MemberInput[] | null;
}

@InputType({ description: 'Changes to a partnership: absent fields stay as they are; null empties an optional one.' })
export class PartnershipUpdateInput {
  @Field(() => String, { nullable: true }) name?: string | null;
  @Field(() => String, { nullable: true }) description?: string | null;
  @Field(() => Int, { nullable: true }) startYear?: number | null;
  @Field(() => Int, { nullable: true }) phase?: number | null;
  @Field(() => String, { nullable: true }) approach?: string | null;
  @Field(() => String, { nullable: true }) financing?: string | null;
  @Field(() => Float, { nullable: true }) lat?: number | null;
  @Field(() => Float, { nullable: true }) lon?: number | null;
  @Field(() => String, { nullable: true }) website?: string | null;
  @Field(() => String, { nullable: true }) source?: string | null;
  @Field(() => DateScalar, { nullable: true, description: 'The first day it was active; null: unknown.' }) validFrom?: string | null;
  @Field(() => DateScalar, { nullable: true, description: 'The first day it no longer was active; null: still active.' })
  validTo?: string | null;
  @Field(() => [String], { nullable: true }) networks?: string[] | null;
  @Field(() => [NetworkDateInput], {
    nullable: true,
    description: 'Dates of entries of networks (replaces them all; absent: unchanged, except for networks left out).',
  })
  networkDates?: NetworkDateInput[] | null;
  @Field(() => [String], { nullable: true }) municipalities?: string[] | null;
  @Field(() => [String], { nullable: true }) themes?: string[] | null;
  @Field(() => [MemberInput], { nullable: true }) members?: MemberInput[] | null;
}

@InputType({ description: 'A new party. The id is made from the name when absent.' })
export class PartyCreateInput {
  @Field(() => ID, { nullable: true }) id?: string | null;
  @Field(() => String) name!: string;
  @Field(() => String) domain!: string;
  @Field(() => String, { nullable: true, description: 'CBS code or name.' }) municipality?: string | null;
}

@InputType({ description: 'Changes to a party: absent fields stay as they are.' })
export class PartyUpdateInput {
  @Field(() => String, { nullable: true }) name?: string | null;
  @Field(() => String, { nullable: true }) domain?: string | null;
  @Field(() => String, { nullable: true }) municipality?: string | null;
}

@InputType({ description: 'A new governance table. The id is made from the name when absent.' })
export class TableCreateInput {
  @Field(() => ID, { nullable: true }) id?: string | null;
  @Field(() => String) name!: string;
  @Field(() => String, { nullable: true }) level?: string | null;
  @Field(() => String, { nullable: true }) theme?: string | null;
  @Field(() => [String], { nullable: true }) municipalities?: string[] | null;
  @Field(() => ID, { nullable: true }) convenedBy?: string | null;
  @Field(() => [ID], { nullable: true, description: 'Ids of the parties seated at it.' }) seats?: string[] | null;
  @Field(() => [SeatDateInput], { nullable: true, description: 'Dates of seats; the others are always valid.' })
  seatDates?: SeatDateInput[] | null;
}

@InputType({ description: 'Changes to a governance table: absent fields stay as they are.' })
export class TableUpdateInput {
  @Field(() => String, { nullable: true }) name?: string | null;
  @Field(() => String, { nullable: true }) level?: string | null;
  @Field(() => String, { nullable: true }) theme?: string | null;
  @Field(() => [String], { nullable: true }) municipalities?: string[] | null;
  @Field(() => ID, { nullable: true }) convenedBy?: string | null;
  @Field(() => [ID], { nullable: true }) seats?: string[] | null;
  @Field(() => [SeatDateInput], {
    nullable: true,
    description: 'Dates of seats (replaces them all; absent: unchanged, except for parties no longer seated).',
  })
  seatDates?: SeatDateInput[] | null;
}
