import type { ApolloServerPlugin } from '@apollo/server';
import { hasRole, type Role } from '@dsv/seed';
import { ForbiddenError, UnauthenticatedError } from '../common/errors.js';
import type { Context } from '../common/context.js';
import type { CurrentUser } from './current-user.js';

/** The signed-in user with at least `least`; throws UNAUTHENTICATED or FORBIDDEN. */
export function requireRole(ctx: Pick<Context, 'user'>, least: Role, what: string): CurrentUser {
  if (!ctx.user) throw new UnauthenticatedError(`Sign in to ${what} (Log in om dit te doen).`);
  if (!hasRole(ctx.user.role, least)) throw new ForbiddenError(`${what} needs the role ${least} or higher; you are ${ctx.user.role}.`);
  return ctx.user;
}

/** Fields anyone may ask for, also with PUBLIC_READ=false: who am I, and how to sign in. */
const ALWAYS_OPEN = new Set(['me', 'signInOptions', '__typename']);

/**
 * PUBLIC_READ=false: an operation without a session answers UNAUTHENTICATED,
 * unless it asks only who is signed in and how to sign in.
 */
export function privateReads(publicRead: boolean): ApolloServerPlugin<Context> {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ contextValue, operation }) {
          if (publicRead || contextValue.user) return;
          const open = !!operation && operation.selectionSet.selections.every((s) => s.kind === 'Field' && ALWAYS_OPEN.has(s.name.value));
          if (!open) throw new UnauthenticatedError('This site needs a sign-in to read (Log in om te lezen).');
        },
      };
    },
  };
}
