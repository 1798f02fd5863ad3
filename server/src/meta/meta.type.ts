import { Field, Int, ObjectType } from 'type-graphql';
import { Network } from '../networks/network.type.js';

@ObjectType()
export class SourceCount {
  @Field(() => String) source!: string;
  @Field(() => Int) partnerships!: number;
}

@ObjectType({ description: 'Where the data comes from.' })
export class DataInfo {
  @Field(() => Boolean, { description: 'True when any partnership comes from the generated illustrative dataset.' })
  illustrative!: boolean;

  @Field(() => [SourceCount])
  sources!: SourceCount[];
}

@ObjectType({ description: 'What the filters can offer.' })
export class FilterOptions {
  @Field(() => [Network]) networks!: Network[];
  @Field(() => [String]) themes!: string[];
  @Field(() => [String]) provinces!: string[];
  @Field(() => [Int]) phases!: number[];
  @Field(() => [String], { description: 'Party domains.' }) domains!: string[];
}
