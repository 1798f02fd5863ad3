// The generated document itself, not graphql(): the header loads with the shell, and graphql()'s map of every
// operation would come along.
import { MeDocument, type MeQuery as MeResult } from '../data/gql/graphql';
import { useGql } from '../data/useGql';

export type Me = NonNullable<MeResult['me']>;
export type Role = 'READER' | 'CONTRIBUTOR' | 'EDITOR' | 'ADMIN';
const ORDER: Role[] = ['READER', 'CONTRIBUTOR', 'EDITOR', 'ADMIN'];

/** Whether `role` is at least `least`. */
export function atLeast(role: string | undefined, least: Role): boolean {
  return role !== undefined && ORDER.indexOf(role as Role) >= ORDER.indexOf(least);
}

/** The signed-in user (null when anonymous) and how to sign in; undefined while loading. */
export function useMe(): { me: Me | null | undefined; oidc: string | null } {
  const result = useGql(MeDocument, {});
  if (result.status !== 'success') return { me: undefined, oidc: null };
  return { me: result.data.me ?? null, oidc: result.data.signInOptions.oidc ?? null };
}

/** What the user may do with a record: edit it, propose a change, or nothing. */
export function editMode(me: Me | null | undefined, kind: string, id: string): 'edit' | 'propose' | null {
  if (atLeast(me?.role, 'EDITOR')) return 'edit';
  if (me?.role === 'CONTRIBUTOR' && kind === 'partnership' && me.partnerships.some((p) => p.id === id)) return 'propose';
  return null;
}
