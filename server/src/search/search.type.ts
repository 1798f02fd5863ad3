import { Field, Float, ID, ObjectType, registerEnumType } from 'type-graphql';

export enum SearchKind {
  PARTNERSHIP = 'PARTNERSHIP',
  PARTY = 'PARTY',
  TABLE = 'TABLE',
  MUNICIPALITY = 'MUNICIPALITY',
}
registerEnumType(SearchKind, { name: 'SearchKind' });

@ObjectType({ description: 'A search result; id is a CBS code for municipalities.' })
export class SearchHit {
  @Field(() => SearchKind) kind!: SearchKind;
  @Field(() => ID) id!: string;
  @Field(() => String) name!: string;
  @Field(() => Float) score!: number;
}
