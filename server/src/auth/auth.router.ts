import express, { Router, type Request, type Response } from 'express';
import { rateLimit } from 'express-rate-limit';
import { z } from 'zod';
import type { Db } from '@dsv/neo4j';
import { addUser, decoyHash, emailSchema, passwordProblem, tokenHash, UserInputProblem, verifyPassword, type Role } from '@dsv/seed';
import type { AuthConfig } from '../config.js';
import type { Logger } from '../common/logger.js';
import { jsonErrors } from '../http/json-errors.js';
import { csrfGuard } from './csrf.js';
import { oidcRoutes } from './oidc.js';
import { endSession, startSession } from './session.js';

const loginBody = z.object({ email: z.string().max(300), password: z.string().max(1024) });
const passwordBody = z.object({ token: z.string().min(1).max(200), password: z.string(), email: z.string().max(300).optional() });

const FAILED = { error: 'E-mailadres of wachtwoord onjuist / Wrong e-mail address or password' };

/**
 * `/auth/*`: sign-in with a password (`POST /auth/login` → 204 + cookie),
 * sign-out, choosing a password with a one-time link, and OIDC when it is
 * configured. Every POST must be JSON (csrf.ts).
 */
export function authRouter(db: Db, config: AuthConfig, logger: Logger): Router {
  const router = Router();
  router.use(express.json({ limit: '10kb' }), csrfGuard);

  // Failed sign-ins per client address: after `loginAttempts` in 15 minutes, 429 until the window passes.
  const throttle = rateLimit({
    windowMs: 15 * 60 * 1000,
    limit: config.loginAttempts,
    skipSuccessfulRequests: true,
    standardHeaders: 'draft-8',
    legacyHeaders: false,
    message: { error: 'Te veel mislukte pogingen; probeer het later opnieuw / Too many failed attempts; try again later' },
  });

  router.post('/login', throttle, async (req: Request, res: Response) => {
    const body = loginBody.safeParse(req.body);
    if (!body.success) {
      res.status(400).json({ error: 'Send JSON {"email": "…", "password": "…"}' });
      return;
    }
    const email = emailSchema.safeParse(body.data.email);
    const [user] = email.success
      ? await db.read<{ email: string; passwordHash: string | null }>('auth/user-login', { email: email.data })
      : [];
    // An unknown address costs a verification too, so timing does not tell which addresses exist.
    const ok = await verifyPassword(user?.passwordHash ?? (await decoyHash()), body.data.password);
    if (!user || !user.passwordHash || !ok) {
      res.status(401).json(FAILED);
      return;
    }
    await startSession(db, req, res, user.email, config.sessionTtlSeconds);
    res.status(204).end();
  });

  router.post('/logout', async (req: Request, res: Response) => {
    await endSession(db, req, res);
    res.status(204).end();
  });

  // A one-time link: choose a password (and, for the first administrator, the e-mail address).
  router.post('/password', throttle, async (req: Request, res: Response) => {
    const body = passwordBody.safeParse(req.body);
    if (!body.success) {
      res.status(400).json({ error: 'Send JSON {"token": "…", "password": "…"}' });
      return;
    }
    const problem = passwordProblem(body.data.password);
    if (problem) {
      res.status(400).json({ error: `password: ${problem}`, field: 'password' });
      return;
    }
    const [grant] = await db.write<{ email: string | null; role: Role | null; valid: boolean }>('auth/token-consume', {
      hash: tokenHash(body.data.token),
    });
    if (!grant?.valid) {
      res.status(400).json({ error: 'Deze link is verlopen of al gebruikt / This link has expired or was used already', field: 'token' });
      return;
    }
    try {
      const email = grant.email ?? body.data.email ?? '';
      const [existing] = await db.read<{ role: Role }>('auth/user-login', { email });
      const role = grant.role ?? existing?.role;
      if (!role) throw new UserInputProblem('email', 'no such user');
      const user = await addUser(db, { email, role, password: body.data.password, partnerships: await linked(db, email) });
      logger.info({ role: user.role }, 'a password was set with a one-time link');
      await startSession(db, req, res, user.email, config.sessionTtlSeconds);
      res.status(204).end();
    } catch (err) {
      if (!(err instanceof UserInputProblem)) throw err;
      res.status(400).json({ error: err.message, field: err.field });
    }
  });

  if (config.oidc) router.use('/oidc', oidcRoutes(db, config, config.oidc, logger));
  router.use(jsonErrors(logger, 'sign-in'));
  return router;
}

async function linked(db: Db, email: string): Promise<string[]> {
  const [row] = await db.read<{ partnerships: string[] }>('auth/session-user-links', { email });
  return row?.partnerships ?? [];
}
