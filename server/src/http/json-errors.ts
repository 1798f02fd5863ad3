import type { ErrorRequestHandler } from 'express';
import { DatabaseError } from '@dsv/neo4j';
import type { Logger } from '../common/logger.js';

/**
 * The last handler of a JSON route: a database outage is 503
 * DATABASE_UNAVAILABLE, anything else is logged and answered as 500 without
 * its details. Nothing of the error's text reaches the client.
 */
export function jsonErrors(logger: Logger, what: string): ErrorRequestHandler {
  return (err: unknown, _req, res, _next) => {
    if (err instanceof DatabaseError && err.code !== 'DATABASE_QUERY') {
      logger.error({ err: err.cause ?? err }, `${what}: ${err.message}`);
      res
        .status(503)
        .set('retry-after', '5')
        .json({ error: 'De database is nu niet bereikbaar / The database is not available right now', code: 'DATABASE_UNAVAILABLE' });
      return;
    }
    logger.error({ err }, `${what} failed`);
    res.status(500).json({ error: 'Internal server error', code: 'INTERNAL_SERVER_ERROR' });
  };
}
