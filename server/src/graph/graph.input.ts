import { Field, ID, InputType, Int } from 'type-graphql';
import { NodeKind } from './graph.type.js';

@InputType({ description: 'A node whose neighbours to load, and which page of them.' })
export class NodePage {
  @Field(() => NodeKind) kind!: NodeKind;

  @Field(() => ID, { description: 'The id; the CBS code for municipalities.' })
  id!: string;

  @Field(() => Int, { defaultValue: 0, description: 'Neighbours to skip.' })
  offset!: number;

  @Field(() => Int, { defaultValue: 25, description: 'Neighbours to return (1–500).' })
  limit!: number;
}
