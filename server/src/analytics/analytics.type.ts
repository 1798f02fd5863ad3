import { Field, Float, Int, ObjectType, registerEnumType } from 'type-graphql';
import { LatLon } from '../common/lat-lon.type.js';
import { Party } from '../parties/party.type.js';
import { Partnership } from '../partnerships/partnership.type.js';

export enum OverlapBasis {
  PARTNERSHIPS = 'PARTNERSHIPS',
  PARTIES = 'PARTIES',
  MUNICIPALITIES = 'MUNICIPALITIES',
}
registerEnumType(OverlapBasis, { name: 'OverlapBasis', description: 'What a network’s set is made of.' });

@ObjectType({ description: 'Two networks (keys, a < b) and how much their sets overlap.' })
export class NetworkPair {
  @Field(() => String) a!: string;
  @Field(() => String) b!: string;
  @Field(() => Int, { description: '|A ∩ B|' }) shared!: number;
  @Field(() => Float, { description: '|A ∩ B| / |A ∪ B|' }) jaccard!: number;
}

@ObjectType({ description: 'A combination of networks, for an UpSet plot.' })
export class NetworkIntersection {
  @Field(() => [String], { description: 'Network keys, sorted.' }) networks!: string[];
  @Field(() => Int, { description: 'Elements in exactly these networks and no other.' }) exclusive!: number;
  @Field(() => Int, { description: 'Elements in at least all of these networks.' }) intersection!: number;
}

@ObjectType({ description: 'Crowding in one municipality.' })
export class AreaCrowding {
  @Field(() => String) code!: string;
  @Field(() => String) name!: string;
  @Field(() => String) province!: string;
  @Field(() => LatLon, { nullable: true }) location!: LatLon | null;
  @Field(() => Int) partnerships!: number;
  @Field(() => Int) networks!: number;
  @Field(() => Int) tables!: number;
  @Field(() => Int) parties!: number;
  @Field(() => Int, { description: 'partnerships + tables' }) index!: number;
}

@ObjectType({ description: 'Crowding in one province, each element counted once per province.' })
export class ProvinceCrowding {
  @Field(() => String) province!: string;
  @Field(() => Int) municipalities!: number;
  @Field(() => Int) partnerships!: number;
  @Field(() => Int) networks!: number;
  @Field(() => Int) tables!: number;
  @Field(() => Int) parties!: number;
  @Field(() => Int, { description: 'partnerships + tables' }) index!: number;
}

@ObjectType({ description: 'Another partnership within the radius.' })
export class Peer {
  @Field(() => Partnership) partnership!: Partnership;
  @Field(() => Float) distanceKm!: number;
  @Field(() => Int) sharedThemes!: number;
  @Field(() => Int) sharedParties!: number;
}

@ObjectType({ description: 'Two governance tables (ids, a < b) seating largely the same parties.' })
export class TablePair {
  @Field(() => String) a!: string;
  @Field(() => String) b!: string;
  @Field(() => Int) shared!: number;
  @Field(() => Float) jaccard!: number;
  @Field(() => Int) sharedMunicipalities!: number;
}

@ObjectType({ description: 'How many partnerships and tables a party takes part in.' })
export class PartyLoad {
  @Field(() => Party) party!: Party;
  @Field(() => Int) partnerships!: number;
  @Field(() => Int) tables!: number;
  @Field(() => Int, { description: 'partnerships + tables' }) load!: number;
}
