import type { NextFunction, Request, Response } from 'express';

/**
 * Refuses a state-changing request that a page on another site could send
 * without a preflight (a plain form post, text/plain): the request must be
 * JSON, or carry the `X-DSV-Request` header, which only a script of this
 * origin may add. Cross-site requests that say so are refused too.
 */
export function csrfGuard(req: Request, res: Response, next: NextFunction): void {
  if (req.method === 'GET' || req.method === 'HEAD' || req.method === 'OPTIONS') return next();
  const json = req.is('application/json') === 'application/json';
  const marked = typeof req.headers['x-dsv-request'] === 'string';
  const crossSite = req.headers['sec-fetch-site'] === 'cross-site';
  if ((json || marked) && !crossSite) return next();
  res.status(400).json({
    error: 'This request needs Content-Type: application/json or an X-DSV-Request header (protection against cross-site requests).',
  });
}
