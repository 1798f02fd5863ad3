import type { RequestHandler } from 'express';
import helmet from 'helmet';

const directives = {
  'img-src': ["'self'", 'data:', 'blob:', 'https:'],
  'style-src': ["'self'", "'unsafe-inline'"],
  'connect-src': ["'self'"],
};

/**
 * Helmet's headers with a CSP that asks the browser to upgrade insecure
 * requests only when this request came over https (directly, or through a
 * proxy TRUST_PROXY believes). Over plain http under a hostname that upgrade
 * would rewrite every asset URL to an https that does not exist: a blank page.
 */
export function securityHeaders(): RequestHandler {
  const overHttps = helmet({ contentSecurityPolicy: { directives: { ...directives, 'upgrade-insecure-requests': [] } } });
  const overHttp = helmet({ contentSecurityPolicy: { directives: { ...directives, 'upgrade-insecure-requests': null } } });
  return (req, res, next) => (req.secure ? overHttps : overHttp)(req, res, next);
}
