import { ApolloArmor } from '@escape.tech/graphql-armor';
import { GraphQLError, type ASTVisitor, type ValidationContext } from 'graphql';

/**
 * Query limits (OWASP GraphQL cheat sheet). Introspection is not exempt from
 * the depth limit: with ignoreIntrospection a fragment named `__schema` could
 * slip past it (GHSA-224p-v68g-5g8f). Fragment spreads add no depth of their
 * own (flattenFragments): only the fields inside them do. The cost limit is
 * ours (cost.ts), because it needs the variables.
 */
export const LIMITS = { depth: 6, aliases: 15, tokens: 1000, directives: 10 } as const;

export function armor() {
  return new ApolloArmor({
    maxDepth: { n: LIMITS.depth, ignoreIntrospection: false, flattenFragments: true },
    maxAliases: { n: LIMITS.aliases },
    // The token limit is graphql-js's own parse option (see app.ts): a parse
    // failure then gets Apollo's 400 and GRAPHQL_PARSE_FAILED.
    maxTokens: { enabled: false },
    costLimit: { enabled: false },
    maxDirectives: { n: LIMITS.directives },
    blockFieldSuggestion: { enabled: true },
  }).protect();
}

/**
 * graphql 16 leaves a subscription against a schema without one
 * to execution, which fails with an internal error: refuse it while
 * validating, as a 400.
 */
export function knownOperationTypes(context: ValidationContext): ASTVisitor {
  return {
    OperationDefinition(node) {
      if (!context.getSchema().getRootType(node.operation)) {
        context.reportError(
          new GraphQLError(`This API answers queries and mutations only; it has no ${node.operation}s.`, { nodes: node }),
        );
      }
    },
  };
}
