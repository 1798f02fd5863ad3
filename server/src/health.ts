import type { Request, Response } from 'express';
import type { Db } from '@dsv/neo4j';
import { DatabaseError } from '@dsv/neo4j';

/** `/healthz`: 200 only when Neo4j answers a query; 503 with the reason otherwise. */
export function healthHandler(db: Db) {
  return async function health(_req: Request, res: Response): Promise<void> {
    res.setHeader('cache-control', 'no-store');
    try {
      await db.ping();
      res.status(200).json({ status: 'ok', database: 'up' });
    } catch (err) {
      const reason = err instanceof DatabaseError ? err.message : 'unknown database error';
      res.status(503).json({ status: 'unavailable', database: 'down', reason });
    }
  };
}
