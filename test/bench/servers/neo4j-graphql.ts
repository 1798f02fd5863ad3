import { ApolloServer } from '@apollo/server';
import { startStandaloneServer } from '@apollo/server/standalone';
import { Neo4jGraphQL } from '@neo4j/graphql';
import { graphql, type GraphQLSchema } from 'graphql';
import type { Driver } from 'neo4j-driver';
import type { GqlRequest } from './http.js';

/** The same model (DESIGN.md §3) as @neo4j/graphql 7 type definitions: what it takes to serve the list and detail views. */
export const typeDefs = /* GraphQL */ `
  type Network @node {
    key: String!
    name: String!
    reportedCount: Int
    partnerships: [Partnership!]! @relationship(type: "PART_OF", direction: IN)
  }

  type Partnership @node {
    id: ID!
    name: String!
    description: String
    startYear: Int
    phase: Int
    approach: String
    financing: String
    website: String
    source: String
    networks: [Network!]! @relationship(type: "PART_OF", direction: OUT)
    members: [Party!]! @relationship(type: "MEMBER_OF", direction: IN, properties: "Membership")
  }

  type Membership @relationshipProperties {
    role: String
  }

  type Party @node {
    id: ID!
    name: String!
    domain: String!
    municipality: String
    partnerships: [Partnership!]! @relationship(type: "MEMBER_OF", direction: OUT, properties: "Membership")
  }
`;

export interface Neo4jGraphQLServer {
  url: string;
  schema: GraphQLSchema;
  /** The Cypher @neo4j/graphql generates for an operation, with its parameters (it runs it once to get them). */
  capture(request: GqlRequest): Promise<{ text: string; params: Record<string, unknown> }[]>;
  close(): Promise<void>;
}

/** @neo4j/graphql on the same database, served by its own Apollo Server on a free loopback port. */
export async function startNeo4jGraphQL(driver: Driver): Promise<Neo4jGraphQLServer> {
  const schema = await new Neo4jGraphQL({ typeDefs, driver }).getSchema();
  const server = new ApolloServer({ schema });
  const { url } = await startStandaloneServer(server, { listen: { port: 0, host: '127.0.0.1' } });
  return {
    url,
    schema,
    async capture(request) {
      const session = driver.session({ defaultAccessMode: 'READ' });
      const seen: { text: string; params: Record<string, unknown> }[] = [];
      try {
        // A transaction-like execution context: @neo4j/graphql hands it each statement it runs.
        const executionContext = {
          run(text: string, params: Record<string, unknown>) {
            seen.push({ text, params });
            return session.run(text, params);
          },
        };
        const result = await graphql({
          schema,
          source: request.query,
          variableValues: request.variables,
          contextValue: { executionContext },
        });
        if (result.errors) throw new Error(`@neo4j/graphql: ${result.errors.map((e) => e.message).join('; ')}`);
      } finally {
        await session.close();
      }
      return seen.filter((s) => !s.text.includes('dbms.components'));
    },
    close: () => server.stop(),
  };
}
