import { Field, Float, ID, Int, ObjectType } from 'type-graphql';

@ObjectType({ description: 'A partnership or party in a community.' })
export class CommunityMember {
  @Field(() => ID) id!: string;
  @Field(() => String) name!: string;
  @Field(() => String, { nullable: true, description: 'Parties: domain.' }) domain!: string | null;
  @Field(() => [String], { description: 'Partnerships: the keys of its networks.' }) networks!: string[];
}

@ObjectType({ description: 'A network and how many of a community’s partnerships belong to it.' })
export class NetworkCount {
  @Field(() => String) network!: string;
  @Field(() => Int) partnerships!: number;
}

@ObjectType({
  description: 'A group of partnerships and parties more linked to each other than to the rest (Louvain), computed, not reported.',
})
export class Community {
  @Field(() => Int, { description: '1 = the largest community; then by size, then by the first partnership id.' }) id!: number;
  @Field(() => [CommunityMember], { description: 'By name.' }) partnerships!: CommunityMember[];
  @Field(() => [CommunityMember], { description: 'By name.' }) parties!: CommunityMember[];
  @Field(() => [NetworkCount], { description: 'Its networks, by partnerships desc, then key: the first ones dominate.' })
  networks!: NetworkCount[];
}

@ObjectType({ description: 'Louvain communities of the partnership–party graph of the partnerships that pass a filter.' })
export class Communities {
  @Field(() => Int, { description: 'The seed of the random order Louvain visits nodes in: the same seed gives the same communities.' })
  seed!: number;
  @Field(() => Float, { description: 'Modularity of the partition (−0.5 to 1; higher = more separated).' }) modularity!: number;
  @Field(() => [Community], { description: 'Largest first; partnerships without members are left out.' }) communities!: Community[];
}
