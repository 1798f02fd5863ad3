import type { ApolloServerPlugin } from '@apollo/server';
import { defaultFieldResolver, type GraphQLFieldResolver, type GraphQLSchema } from 'graphql';
import type { Context } from './context.js';

/**
 * Makes execution stop at the request's budget: every field's resolver
 * first asks the request's budget whether it is spent (its time ran out or its
 * client went away) and, if so, throws QUERY_TIMEOUT instead of resolving.
 * graphql-js cannot cancel an execution, but a non-null field that throws
 * ends its list and its parents, so the rest of the answer is never built.
 * The check is synchronous (no promise per field) and counts the fields that
 * ran, for the request log. Changes `schema` in place and returns it.
 */
export function guardFields(schema: GraphQLSchema): GraphQLSchema {
  for (const type of Object.values(schema.getTypeMap())) {
    if (type.name.startsWith('__') || !('getFields' in type) || !('isTypeOf' in type)) continue;
    for (const field of Object.values(type.getFields())) {
      if (!('resolve' in field)) continue;
      const resolve: GraphQLFieldResolver<unknown, Context> = field.resolve ?? defaultFieldResolver;
      field.resolve = (source, args, ctx: Context | undefined, info) => {
        const budget = ctx?.budget;
        if (budget) {
          if (budget.spent()) throw budget.error();
          ctx.facts.fields = (ctx.facts.fields ?? 0) + 1;
        }
        return resolve(source, args, ctx as Context, info);
      };
    }
  }
  return schema;
}

/**
 * After a stop, fields outside the failed branch (nullable ones, other
 * aliases) may each report the same QUERY_TIMEOUT: the client gets it once.
 */
export const oneTimeoutError: ApolloServerPlugin<Context> = {
  async requestDidStart() {
    return {
      async willSendResponse({ response }) {
        if (response.body.kind !== 'single') return;
        const errors = response.body.singleResult.errors;
        if (!errors || errors.length < 2) return;
        let seen = false;
        response.body.singleResult.errors = errors.filter((e) => {
          if (e.extensions?.code !== 'QUERY_TIMEOUT') return true;
          if (seen) return false;
          seen = true;
          return true;
        });
      },
    };
  },
};
