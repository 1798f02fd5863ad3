import { Field, Int, ObjectType } from 'type-graphql';
import { Partnership } from './partnership.type.js';

@ObjectType()
export class PageInfo {
  @Field(() => String, { nullable: true, description: 'Pass as `after` for the next page.' })
  endCursor!: string | null;

  @Field(() => Boolean)
  hasNextPage!: boolean;
}

@ObjectType({ description: 'One page of partnerships, ordered by name.' })
export class PartnershipPage {
  @Field(() => [Partnership])
  nodes!: Partnership[];

  @Field(() => Int, { description: 'All partnerships that match the filter.' })
  totalCount!: number;

  @Field(() => PageInfo)
  pageInfo!: PageInfo;
}
