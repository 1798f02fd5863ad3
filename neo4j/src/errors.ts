import { Neo4jError } from 'neo4j-driver';

/** Why the database could not be used, in words an operator can act on. */
export class DatabaseError extends Error {
  constructor(
    readonly code: 'DATABASE_UNAVAILABLE' | 'DATABASE_AUTH' | 'DATABASE_QUERY',
    message: string,
    override readonly cause?: unknown,
  ) {
    super(message);
    this.name = 'DatabaseError';
  }
}

/** Translates a driver error into a DatabaseError with one readable line. */
export function translateDriverError(err: unknown, uri: string): DatabaseError {
  if (err instanceof DatabaseError) return err;
  const code = err instanceof Neo4jError ? err.code : '';
  if (code === 'Neo.ClientError.Security.Unauthorized' || code === 'Neo.ClientError.Security.AuthenticationRateLimit') {
    return new DatabaseError(
      'DATABASE_AUTH',
      `Neo4j at ${uri} refused the user name or password: check NEO4J_USER and NEO4J_PASSWORD.`,
      err,
    );
  }
  if (
    code === 'ServiceUnavailable' ||
    code === 'SessionExpired' ||
    /ECONNREFUSED|ServiceUnavailable|connect/i.test(String((err as Error)?.message))
  ) {
    return new DatabaseError('DATABASE_UNAVAILABLE', `Neo4j at ${uri} does not answer: is it running, and is NEO4J_URI right?`, err);
  }
  if (/MemoryPoolOutOfMemoryError|TransactionMemoryLimit|OutOfMemory/.test(code)) {
    return new DatabaseError(
      'DATABASE_QUERY',
      `Neo4j ran out of transaction memory: ${(err as Error).message} ` +
        '(for the embedded Neo4j raise NEO4J_HEAP or NEO4J_TX_MEMORY; or split the import)',
      err,
    );
  }
  return new DatabaseError('DATABASE_QUERY', `Neo4j query failed: ${(err as Error)?.message ?? String(err)}`, err);
}
