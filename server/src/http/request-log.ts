import { randomUUID } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { pinoHttp } from 'pino-http';
import type { Logger } from '../common/logger.js';

/** What the GraphQL layer tells the request log about a request (set in Context). */
export interface RequestFacts {
  operation?: string;
  cost?: number;
  /** How long a heavy request waited for its slot. */
  queuedMs?: number;
  /** Fields resolved: the work execution did (it stops at the budget). */
  fields?: number;
  /** A query answered without errors: its answer may be shared (response-cache.ts). */
  cacheable?: boolean;
  /** How the request met the response cache. */
  cache?: 'hit' | 'miss' | 'bypass';
}

/** The facts of the request a response belongs to. */
export function factsOf(res: ServerResponse): RequestFacts {
  const holder = res as ServerResponse & { locals?: { facts?: RequestFacts } };
  holder.locals ??= {};
  return (holder.locals.facts ??= {});
}

// Express rewrites req.url inside mounted routers; originalUrl is the path asked for.
const pathOf = (req: IncomingMessage & { originalUrl?: string }) => (req.originalUrl ?? req.url ?? '').split('?')[0];

const REQUEST_ID = /^[\w.-]{1,64}$/;

/**
 * One log line per request: its id (a safe incoming X-Request-Id, else a new
 * one, echoed in the response), method, path without the query string, GraphQL
 * operation name and cost, status and duration. Never variables, query
 * strings, headers, cookies or addresses: they can hold personal data.
 */
export function requestLog(logger: Logger) {
  return pinoHttp({
    logger,
    genReqId(req: IncomingMessage, res: ServerResponse) {
      const incoming = req.headers['x-request-id'];
      const id = typeof incoming === 'string' && REQUEST_ID.test(incoming) ? incoming : randomUUID();
      res.setHeader('x-request-id', id);
      return id;
    },
    autoLogging: { ignore: (req) => req.url === '/livez' },
    quietReqLogger: true,
    serializers: {
      req: (req: { id: unknown; method: string; url: string }) => ({ id: req.id, method: req.method, path: req.url.split('?')[0] }),
      res: (res: { statusCode: number }) => ({ status: res.statusCode }),
      err: (err: Error) => ({ type: err.name }),
    },
    customProps: (_req, res) => ({ ...factsOf(res) }),
    customSuccessMessage: (req, res, ms) => `${req.method} ${pathOf(req)} ${res.statusCode} ${ms} ms`,
    customErrorMessage: (req, res) => `${req.method} ${pathOf(req)} ${res.statusCode} failed`,
  });
}
