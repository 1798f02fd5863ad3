import { createHmac, randomBytes, timingSafeEqual } from 'node:crypto';
import { Router, type Request, type Response } from 'express';
import { parse as parseCookies } from 'cookie';
import * as client from 'openid-client';
import type { Db } from '@dsv/neo4j';
import { emailSchema, ROLES, type Role } from '@dsv/seed';
import type { AuthConfig, OidcConfig } from '../config.js';
import type { Logger } from '../common/logger.js';
import { startSession } from './session.js';

const FLOW_COOKIE = 'dsv_oidc';
const FLOW_TTL_MS = 10 * 60 * 1000;

/** What the login step hands to the callback, in a signed, short-lived cookie. */
interface Flow {
  verifier: string;
  state: string;
  nonce: string;
  returnTo: string;
}

const LOOPBACK = /^(127\.\d+\.\d+\.\d+|localhost|\[::1\])$/;

/** The provider's metadata, fetched once (and again after a failure). */
function discovery(oidc: OidcConfig): () => Promise<client.Configuration> {
  let found: Promise<client.Configuration> | undefined;
  return () => {
    const issuer = new URL(oidc.issuer);
    // Plain http only for a provider on this machine (a test or a local provider).
    const insecure = issuer.protocol === 'http:' && LOOPBACK.test(issuer.hostname);
    found ??= client.discovery(
      issuer,
      oidc.clientId,
      oidc.clientSecret,
      undefined,
      insecure ? { execute: [client.allowInsecureRequests] } : {},
    );
    found.catch(() => (found = undefined));
    return found;
  };
}

/** A role from the claim's value: a role name, or a list of them (the highest wins). */
export function roleFromClaim(value: unknown): Role | null {
  const values = (Array.isArray(value) ? value : [value])
    .filter((v): v is string => typeof v === 'string')
    .map((v) => v.trim().toUpperCase());
  const roles = ROLES.filter((r) => values.includes(r));
  return roles.at(-1) ?? null;
}

/** Only a path on this site (not `//host`), so the callback cannot send the browser elsewhere. */
function localPath(value: unknown): string {
  return typeof value === 'string' && /^\/(?![/\\])/.test(value) ? value : '/';
}

/**
 * `GET /auth/oidc/login` and `/auth/oidc/callback`: authorization code flow
 * with PKCE (S256), state and nonce. The role comes from `roleClaim` when it
 * is set (the user is then added or updated), else from the user list: an
 * address not in it gets no session.
 */
export function oidcRoutes(db: Db, auth: AuthConfig, oidc: OidcConfig, logger: Logger): Router {
  const router = Router();
  const config = discovery(oidc);
  const secret = randomBytes(32);
  const sign = (text: string) => createHmac('sha256', secret).update(text).digest('base64url');
  const base = (req: Request) => auth.publicUrl ?? `${req.protocol}://${req.get('host')}`;
  const redirectUri = (req: Request) => `${base(req)}/auth/oidc/callback`;

  router.get('/login', async (req: Request, res: Response) => {
    let provider: client.Configuration;
    try {
      provider = await config();
    } catch (err) {
      logger.error({ err }, 'OIDC: the provider cannot be reached');
      res.redirect(303, '/inloggen?fout=oidc');
      return;
    }
    const flow: Flow = {
      verifier: client.randomPKCECodeVerifier(),
      state: client.randomState(),
      nonce: client.randomNonce(),
      returnTo: localPath(req.query.returnTo),
    };
    const payload = Buffer.from(JSON.stringify(flow)).toString('base64url');
    res.cookie(FLOW_COOKIE, `${payload}.${sign(payload)}`, {
      httpOnly: true,
      sameSite: 'lax',
      secure: req.secure,
      path: '/auth/oidc',
      maxAge: FLOW_TTL_MS,
    });
    const url = client.buildAuthorizationUrl(provider, {
      redirect_uri: redirectUri(req),
      scope: oidc.scopes,
      code_challenge: await client.calculatePKCECodeChallenge(flow.verifier),
      code_challenge_method: 'S256',
      state: flow.state,
      nonce: flow.nonce,
    });
    res.redirect(303, url.href);
  });

  router.get('/callback', async (req: Request, res: Response) => {
    const flow = readFlow(req.headers.cookie, sign);
    res.clearCookie(FLOW_COOKIE, { path: '/auth/oidc' });
    if (!flow) {
      res.redirect(303, '/inloggen?fout=oidc');
      return;
    }
    try {
      const provider = await config();
      const current = new URL(`${base(req)}${req.originalUrl}`);
      const tokens = await client.authorizationCodeGrant(provider, current, {
        pkceCodeVerifier: flow.verifier,
        expectedState: flow.state,
        expectedNonce: flow.nonce,
        idTokenExpected: true,
      });
      const claims = tokens.claims()!;
      const info = await client.fetchUserInfo(provider, tokens.access_token, claims.sub);
      const all: Record<string, unknown> = { ...claims, ...info };
      const email = emailSchema.safeParse(all.email);
      const role = oidc.roleClaim ? roleFromClaim(all[oidc.roleClaim]) : null;
      const [user] = email.success ? await db.write<{ email: string; role: Role }>('auth/user-oidc', { email: email.data, role }) : [];
      if (!user) {
        logger.warn('OIDC: a sign-in without an e-mail address in the user list (and no role claim) was refused');
        res.redirect(303, '/inloggen?fout=geen-toegang');
        return;
      }
      await startSession(db, req, res, user.email, auth.sessionTtlSeconds);
      res.redirect(303, flow.returnTo);
    } catch (err) {
      logger.warn({ err }, 'OIDC: the callback failed');
      res.redirect(303, '/inloggen?fout=oidc');
    }
  });
  return router;
}

function readFlow(cookieHeader: string | undefined, sign: (text: string) => string): Flow | null {
  const raw = cookieHeader ? parseCookies(cookieHeader)[FLOW_COOKIE] : undefined;
  if (!raw) return null;
  const [payload, mac] = raw.split('.');
  if (!payload || !mac) return null;
  const expected = Buffer.from(sign(payload));
  const given = Buffer.from(mac);
  if (expected.length !== given.length || !timingSafeEqual(expected, given)) return null;
  try {
    return JSON.parse(Buffer.from(payload, 'base64url').toString('utf8')) as Flow;
  } catch {
    return null;
  }
}
