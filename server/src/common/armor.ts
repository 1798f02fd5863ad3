import { ApolloArmor } from '@escape.tech/graphql-armor';

/**
 * Query limits (OWASP GraphQL cheat sheet). Introspection is not exempt from
 * the depth limit: with ignoreIntrospection a fragment named `__schema` could
 * slip past it (GHSA-224p-v68g-5g8f).
 */
export const LIMITS = { depth: 6, aliases: 15, tokens: 1000, cost: 5000, directives: 10 } as const;

export function armor() {
  return new ApolloArmor({
    maxDepth: { n: LIMITS.depth, ignoreIntrospection: false, flattenFragments: false },
    maxAliases: { n: LIMITS.aliases },
    // The token limit is graphql-js's own parse option (see app.ts): a parse
    // failure then gets Apollo's 400 and GRAPHQL_PARSE_FAILED.
    maxTokens: { enabled: false },
    costLimit: { maxCost: LIMITS.cost },
    maxDirectives: { n: LIMITS.directives },
    blockFieldSuggestion: { enabled: true },
  }).protect();
}
