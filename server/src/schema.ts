import 'reflect-metadata';
import type { GraphQLSchema } from 'graphql';
import { buildSchema } from 'type-graphql';
import { AnalyticsResolver } from './analytics/analytics.resolver.js';
import { CrowdingResolver } from './analytics/crowding.resolver.js';
import { GraphResolver } from './graph/graph.resolver.js';
import { MapSettingsResolver } from './map/map-settings.resolver.js';
import { MetaResolver } from './meta/meta.resolver.js';
import { MunicipalityResolver } from './municipalities/municipality.resolver.js';
import { NetworkResolver } from './networks/network.resolver.js';
import { PartnershipResolver } from './partnerships/partnership.resolver.js';
import { PartyResolver } from './parties/party.resolver.js';
import { RegionResolver } from './regions/region.resolver.js';
import { SearchResolver } from './search/search.resolver.js';
import { TableResolver } from './tables/table.resolver.js';
import { AuthResolver } from './auth/auth.resolver.js';
import { LivingResolver } from './living/living.resolver.js';

export const resolvers = [
  NetworkResolver,
  PartnershipResolver,
  PartyResolver,
  TableResolver,
  MunicipalityResolver,
  RegionResolver,
  AnalyticsResolver,
  CrowdingResolver,
  SearchResolver,
  MetaResolver,
  MapSettingsResolver,
  GraphResolver,
  AuthResolver,
  LivingResolver,
] as const;

/** Builds the executable schema; `emitTo` writes schema.graphql for review. */
export function createSchema(emitTo?: string): Promise<GraphQLSchema> {
  return buildSchema({
    resolvers,
    validate: false,
    emitSchemaFile: emitTo ? { path: emitTo, sortedSchema: true } : false,
  });
}
