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
  /** The date it was counted on (null: today), for the province median it is compared with. */
  asOf?: string | null;
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
  @Field(() => Int, { description: 'size(themesInCommon)' }) sharedThemes!: number;
  @Field(() => Int, { description: 'size(partiesInCommon)' }) sharedParties!: number;
  @Field(() => [String], { description: 'The themes both work on, by name.' }) themesInCommon!: string[];
  @Field(() => [Party], { description: 'The parties that are members of both, by name.' }) partiesInCommon!: Party[];
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

@ObjectType({ description: 'How far a party reaches: the networks, partnerships and municipalities of its partnerships.' })
export class PartyReach {
  @Field(() => Party) party!: Party;
  @Field(() => Int, { description: 'Distinct networks its partnerships belong to.' }) networks!: number;
  @Field(() => Int, { description: 'Distinct partnerships it is a member of.' }) partnerships!: number;
  @Field(() => Int, { description: 'Distinct municipalities its partnerships are active in.' }) municipalities!: number;
}

@ObjectType({ description: 'A party’s load against the parties of its domain.' })
export class DomainLoad {
  @Field(() => String) domain!: string;
  @Field(() => Int) partnerships!: number;
  @Field(() => Int) tables!: number;
  @Field(() => Int, { description: 'partnerships + tables' }) load!: number;
  @Field(() => Int, { description: 'Parties in the domain, this one included.' }) parties!: number;
  @Field(() => Int, { description: '1 = the highest load of the domain; equal loads share a rank.' }) rank!: number;
  @Field(() => Float, { description: 'Median load of the domain.' }) median!: number;
  @Field(() => Int, { description: 'Highest load of the domain.' }) highest!: number;
}

@ObjectType({ description: 'How the crowding index of one municipality or region changed between two dates.' })
export class CrowdingChange {
  @Field(() => String, { description: 'CBS code of the municipality or region.' }) code!: string;
  @Field(() => String) name!: string;
  @Field(() => Int, { description: 'The crowding index (partnerships + tables) on from.' }) before!: number;
  @Field(() => Int, { description: 'The crowding index on to.' }) after!: number;
  @Field(() => Int, { description: 'after - before' }) delta!: number;
}

@ObjectType({ description: 'Which partnerships joined and left one network between two dates.' })
export class NetworkChange {
  @Field(() => String, { description: 'Network key.' }) network!: string;
  @Field(() => Int, { description: 'Partnerships in it on to but not on from.' }) joined!: number;
  @Field(() => Int, { description: 'Partnerships in it on from but not on to.' }) left!: number;
  @Field(() => Int, { description: 'Partnerships in it on from.' }) before!: number;
  @Field(() => Int, { description: 'Partnerships in it on to.' }) after!: number;
}
