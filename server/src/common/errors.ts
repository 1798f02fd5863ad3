import { GraphQLError, type GraphQLFormattedError } from 'graphql';
import { unwrapResolverError } from '@apollo/server/errors';
import { DatabaseError } from '@dsv/neo4j';
import type { Logger } from './logger.js';

/** The codes a client can see in `extensions.code`. */
export type ErrorCode =
  | 'BAD_USER_INPUT'
  | 'UNAUTHENTICATED'
  | 'FORBIDDEN'
  | 'CONFLICT'
  | 'NOT_FOUND'
  | 'QUERY_TIMEOUT'
  | 'SERVICE_UNAVAILABLE'
  | 'DATABASE_UNAVAILABLE'
  | 'INTERNAL_SERVER_ERROR'
  | 'GRAPHQL_VALIDATION_FAILED'
  | 'GRAPHQL_PARSE_FAILED';

export class UserInputError extends GraphQLError {
  constructor(message: string, field?: string, more: Record<string, unknown> = {}) {
    super(message, { extensions: { code: 'BAD_USER_INPUT', ...(field ? { field } : {}), ...more } });
  }
}

/** No session: sign in first. */
export class UnauthenticatedError extends GraphQLError {
  constructor(message = 'Sign in first (Log eerst in).') {
    super(message, { extensions: { code: 'UNAUTHENTICATED', http: { status: 401 } } });
  }
}

/** Signed in, but this role may not do this. */
export class ForbiddenError extends GraphQLError {
  constructor(message: string) {
    super(message, { extensions: { code: 'FORBIDDEN' } });
  }
}

/** The record changed since the client read it: `current` is the record as it is now. */
export class ConflictError extends GraphQLError {
  constructor(what: string, id: string, version: number, current: unknown) {
    super(`${what} "${id}" was changed by someone else (now version ${version}); nothing was saved. Compare and try again.`, {
      extensions: { code: 'CONFLICT', current },
    });
  }
}

export class NotFoundError extends GraphQLError {
  constructor(what: string, id: string) {
    super(`${what} "${id}" not found`, { extensions: { code: 'NOT_FOUND' } });
  }
}

/** A request or one of its database queries ran out of time, or its client went away. */
export class QueryTimeoutError extends GraphQLError {
  constructor(what: string) {
    super(`${what}: ask for less (a smaller first, limit or top, or a narrower filter).`, { extensions: { code: 'QUERY_TIMEOUT' } });
  }
}

const PASS_THROUGH = new Set([
  'BAD_USER_INPUT',
  'UNAUTHENTICATED',
  'FORBIDDEN',
  'CONFLICT',
  'NOT_FOUND',
  'QUERY_TIMEOUT',
  'GRAPHQL_VALIDATION_FAILED',
  'GRAPHQL_PARSE_FAILED',
  'BAD_REQUEST',
  'PERSISTED_QUERY_NOT_FOUND',
  'OPERATION_RESOLUTION_FAILURE',
]);

/** graphql-js's hints ("Did you mean …?") name fields and enum values: schema a client without introspection must not learn. */
const SUGGESTION = /\s*Did you mean [^?]*\?/g;

/**
 * Masks every error a client must not see: known codes pass with their
 * message (without schema suggestions when introspection is off); a database
 * outage becomes DATABASE_UNAVAILABLE; anything else is logged with its stack
 * and reaches the client as INTERNAL_SERVER_ERROR.
 */
export function formatErrorFor(logger: Logger, opts: { hideSuggestions: boolean }) {
  return (formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError => {
    const original = unwrapResolverError(error);
    const code = String(formatted.extensions?.code ?? '');
    const { stacktrace: _stack, ...extensions } = formatted.extensions ?? {};
    if (PASS_THROUGH.has(code)) {
      const message = opts.hideSuggestions ? formatted.message.replace(SUGGESTION, '') : formatted.message;
      return { ...formatted, message, extensions };
    }
    if (original instanceof DatabaseError && original.code !== 'DATABASE_QUERY') {
      logger.error({ err: original.cause ?? original }, original.message);
      return { message: 'The database is not available right now.', path: formatted.path, extensions: { code: 'DATABASE_UNAVAILABLE' } };
    }
    logger.error({ err: original, path: formatted.path }, 'unexpected error in a GraphQL operation');
    return { message: 'Internal server error', path: formatted.path, extensions: { code: 'INTERNAL_SERVER_ERROR' } };
  };
}
