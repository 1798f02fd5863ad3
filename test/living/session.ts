import { addUser, type Role } from '@dsv/seed';
import type { Db } from '@dsv/neo4j';
import type { GqlBody } from '../helpers/server.js';

export const PASSWORD = 'correct horse battery';

/** One user per role; the CONTRIBUTOR is linked to `partnerships`. */
export async function addRoleUsers(db: Db, partnerships: string[]): Promise<Record<Role, string>> {
  const emails = {
    READER: 'lezer@example.nl',
    CONTRIBUTOR: 'bijdrager@example.nl',
    EDITOR: 'redacteur@example.nl',
    ADMIN: 'beheerder@example.nl',
  };
  for (const [role, email] of Object.entries(emails)) {
    await addUser(db, { email, role, password: PASSWORD, partnerships: role === 'CONTRIBUTOR' ? partnerships : [] });
  }
  return emails;
}

/** Signs in with a password; returns the Cookie header value to send (or throws with the status). */
export async function signIn(url: string, email: string, password = PASSWORD): Promise<string> {
  const res = await fetch(`${url}/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ email, password }),
  });
  if (res.status !== 204) throw new Error(`sign-in of ${email} answered ${res.status}`);
  return res.headers
    .getSetCookie()
    .map((c) => c.split(';')[0])
    .join('; ');
}

export type Gql = <T = Record<string, unknown>>(
  query: string,
  variables?: Record<string, unknown>,
) => Promise<{ status: number; body: GqlBody<T> & { errors?: { extensions?: Record<string, unknown> }[] } }>;

/** A GraphQL client that sends `cookie` (or none). */
export function gqlAs(url: string, cookie: string | null): Gql {
  return async (query, variables) => {
    const res = await fetch(`${url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...(cookie ? { cookie } : {}) },
      body: JSON.stringify({ query, variables }),
    });
    return { status: res.status, body: (await res.json()) as never };
  };
}
