import { parse as parseCookies } from 'cookie';
import type { Db } from '@dsv/neo4j';
import { tokenHash, type Role } from '@dsv/seed';

/** The signed-in user of a request. */
export interface CurrentUser {
  email: string;
  role: Role;
  /** Partnerships a CONTRIBUTOR may propose changes to. */
  partnerships: string[];
}

/** The session cookie's name. The `__Host-` prefix (only over https) pins it to this host and path. */
export function sessionCookieName(secure: boolean): string {
  return secure ? '__Host-dsv_session' : 'dsv_session';
}

/** Request headers as Node gives them (or as a worker receives them). */
export type HeaderBag = Record<string, string | string[] | undefined>;

/** The session token a request carries, from either cookie name. */
export function sessionToken(headers: HeaderBag): string | null {
  const raw = headers.cookie;
  const header = Array.isArray(raw) ? raw.join('; ') : raw;
  if (!header) return null;
  const cookies = parseCookies(header);
  const token = cookies[sessionCookieName(true)] ?? cookies[sessionCookieName(false)];
  return token && /^[\w-]{20,100}$/.test(token) ? token : null;
}

/**
 * The signed-in user of a request, from its headers only (the session
 * cookie), so it can be resolved wherever the request's headers reach: one
 * read of the session store; null without a live session.
 */
export async function userFromHeaders(headers: HeaderBag, db: Pick<Db, 'read'>): Promise<CurrentUser | null> {
  const token = sessionToken(headers);
  if (!token) return null;
  const [user] = await db.read<CurrentUser>('auth/session-user', { idHash: tokenHash(token) });
  return user ?? null;
}
