import { Field, ID, Int, ObjectType } from 'type-graphql';
import { DateScalar } from '../common/dates.js';
import { LatLon } from '../common/lat-lon.type.js';
import { Party } from '../parties/party.type.js';

@ObjectType({ description: 'A cross-domain partnership (DSV).' })
export class Partnership {
  @Field(() => ID)
  id!: string;

  @Field(() => String)
  name!: string;

  @Field(() => String, { nullable: true })
  description!: string | null;

  @Field(() => Int, { nullable: true })
  startYear!: number | null;

  @Field(() => Int, { nullable: true, description: '1 founding, 2 shared vision, 3 operational, 4 embedded (borging)' })
  phase!: number | null;

  @Field(() => String, { nullable: true, description: 'bottom-up or top-down' })
  approach!: string | null;

  @Field(() => String, { nullable: true, description: 'own, external or mixed' })
  financing!: string | null;

  @Field(() => LatLon, { nullable: true, description: 'Null when neither a position nor municipalities are known.' })
  location!: LatLon | null;

  /** True when the location is the centroid of its municipalities (exposed as locationIsCentroid). */
  locationDerived?: boolean | null;

  @Field(() => String, { nullable: true })
  website!: string | null;

  @Field(() => String, { description: 'Where the record comes from ("illustrative", a report, an import file and date).' })
  source!: string;

  @Field(() => DateScalar, { nullable: true, description: 'The first day it was active; null: unknown (always counted).' })
  validFrom?: string | null;

  @Field(() => DateScalar, { nullable: true, description: 'The day it stopped (not counted from then on); null: still active.' })
  validTo?: string | null;
}

@ObjectType({ description: 'A party as a member of a partnership.' })
export class Membership {
  @Field(() => String, { nullable: true })
  role!: string | null;

  @Field(() => Party)
  party!: Party;

  @Field(() => DateScalar, { nullable: true, description: 'Member since (lid sinds); null: unknown (always counted).' })
  validFrom?: string | null;

  @Field(() => DateScalar, {
    nullable: true,
    description: 'Member until, not counted from this day on (gestopt op); null: still a member.',
  })
  validTo?: string | null;
}
