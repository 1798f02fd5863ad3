import 'reflect-metadata';
import type { GraphQLSchema } from 'graphql';
import { buildSchema } from 'type-graphql';
import { NetworkResolver } from './networks/network.resolver.js';

export const resolvers = [NetworkResolver] as const;

/** Builds the executable schema; `emitTo` writes schema.graphql for review. */
export function createSchema(emitTo?: string): Promise<GraphQLSchema> {
  return buildSchema({
    resolvers,
    validate: false,
    emitSchemaFile: emitTo ? { path: emitTo, sortedSchema: true } : false,
  });
}
