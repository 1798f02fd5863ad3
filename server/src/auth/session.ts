import type { Request, Response } from 'express';
import type { Db } from '@dsv/neo4j';
import { newToken, tokenHash } from '@dsv/seed';
import { sessionCookieName, sessionToken } from './current-user.js';

/** Whether the request came over https (directly, or via a trusted proxy): then cookies are Secure. */
export function isSecure(req: Request): boolean {
  return req.secure;
}

/**
 * Starts a session for `email`: a new random id (a sign-in never reuses one,
 * so a planted cookie is worthless), stored only as its hash, in an httpOnly,
 * SameSite=Lax cookie that is Secure behind https.
 */
export async function startSession(db: Db, req: Request, res: Response, email: string, ttlSeconds: number): Promise<void> {
  const previous = sessionToken(req.headers);
  if (previous) await db.write('auth/session-delete', { idHash: tokenHash(previous) });
  const token = newToken();
  await db.write('auth/session-create', { idHash: tokenHash(token), email, ttlSeconds });
  const secure = isSecure(req);
  res.cookie(sessionCookieName(secure), token, { httpOnly: true, sameSite: 'lax', secure, path: '/', maxAge: ttlSeconds * 1000 });
}

/** Ends the request's session (in the store and in the browser). */
export async function endSession(db: Db, req: Request, res: Response): Promise<void> {
  const token = sessionToken(req.headers);
  if (token) await db.write('auth/session-delete', { idHash: tokenHash(token) });
  for (const secure of [true, false]) res.clearCookie(sessionCookieName(secure), { httpOnly: true, sameSite: 'lax', secure, path: '/' });
}
