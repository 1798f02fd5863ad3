import { Field, ID, InputType, Int } from 'type-graphql';

@InputType({ description: 'Every filter is optional; lists match any of their values; filters combine with AND.' })
export class PartnershipFilter {
  @Field(() => [String], { nullable: true, description: 'Network keys.' })
  networks?: string[] | null;

  @Field(() => [String], { nullable: true })
  themes?: string[] | null;

  @Field(() => [Int], { nullable: true })
  phases?: number[] | null;

  @Field(() => [String], { nullable: true, description: 'Has a member party in one of these domains.' })
  domains?: string[] | null;

  @Field(() => [String], { nullable: true })
  provinces?: string[] | null;

  @Field(() => [ID], { nullable: true, description: 'CBS codes.' })
  municipalities?: string[] | null;

  @Field(() => [ID], { nullable: true, description: 'Region codes (PV…, GG…, ZK…): active in a municipality of one of these regions.' })
  regions?: string[] | null;

  @Field(() => String, { nullable: true, description: 'Words in the name or description (case-insensitive).' })
  text?: string | null;

  @Field(() => Int, { nullable: true, description: 'Belongs to at least this many networks (2 = overlapping).' })
  minNetworks?: number | null;

  @Field(() => [String], { nullable: true, description: 'Lacks one of these core domains: care, social, financier, citizens.' })
  missingDomains?: string[] | null;
}
