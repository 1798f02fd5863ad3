import { Field, ID, Int, ObjectType, registerEnumType } from 'type-graphql';
import { type Municipality } from '../municipalities/municipality.type.js';

export enum RegionType {
  PROVINCE = 'PROVINCE',
  GGD = 'GGD',
  ZORGKANTOOR = 'ZORGKANTOOR',
}
registerEnumType(RegionType, {
  name: 'RegionType',
  description: 'A division of the municipalities (1 January 2023): provinces (12), GGD regions (25), zorgkantoorregio’s (31).',
});

@ObjectType({ description: 'A region: a set of municipalities; every municipality is in exactly one region of each type.' })
export class Region {
  @Field(() => RegionType) type!: RegionType;

  @Field(() => ID, { description: 'CBS code: PV20 (province), GG3406 (GGD region), ZK02 (zorgkantoorregio).' })
  code!: string;

  @Field(() => String) name!: string;

  // Resolved by RegionResolver.municipalities.
  municipalities?: Municipality[];
}

@ObjectType({ description: 'Crowding in one region: municipality crowding over the union of its municipalities.' })
export class RegionCrowding {
  @Field(() => Region) region!: Region;
  @Field(() => Int, { description: 'Distinct partnerships (passing the filter) active in at least one of its municipalities.' })
  partnerships!: number;
  @Field(() => Int, { description: 'Distinct networks of those partnerships.' }) networks!: number;
  @Field(() => Int, { description: 'Distinct tables covering at least one of its municipalities.' }) tables!: number;
  @Field(() => Int, { description: 'Distinct members of those partnerships or parties seated at those tables.' }) parties!: number;
  @Field(() => Int, { description: 'partnerships + tables' }) index!: number;
}
