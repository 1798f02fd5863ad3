import neo4j, { Neo4jError, type Driver, type ManagedTransaction, type Transaction } from 'neo4j-driver';
import { cypher, statements } from '@dsv/cypher';
import { recordToObject, toParams } from './convert.js';
import { translateDriverError } from './errors.js';

/** Bounds on one read: Neo4j's transaction timeout, and a signal that ends it. */
export interface ReadOptions {
  timeoutMs?: number;
  signal?: AbortSignal;
}

/**
 * The one way the project talks to Neo4j: named Cypher files with parameters,
 * results converted to native values, driver errors translated, and every
 * round trip counted (so tests can prove there is no N+1).
 */
export class Db {
  /** Round trips to the database since this Db was made. */
  calls = 0;

  constructor(
    readonly driver: Driver,
    readonly uri: string,
    readonly database?: string,
  ) {}

  /**
   * Runs `cypher/<name>.cypher` in a read transaction and returns plain rows;
   * `options` bound it (Neo4j's transaction timeout; an abort closes the session).
   */
  async read<T>(name: string, params: Record<string, unknown> = {}, options: ReadOptions = {}): Promise<T[]> {
    return this.run<T>(name, params, neo4j.routing.READ, options);
  }

  /** Runs `cypher/<name>.cypher` in a write transaction and returns plain rows. */
  async write<T>(name: string, params: Record<string, unknown> = {}): Promise<T[]> {
    return this.run<T>(name, params, neo4j.routing.WRITE);
  }

  /** Runs several statements in one write transaction: all or nothing. */
  async writeTransaction<T>(work: (tx: Tx) => Promise<T>): Promise<T> {
    const session = this.driver.session({ database: this.database, defaultAccessMode: neo4j.session.WRITE });
    try {
      return await session.executeWrite((tx) => work(new Tx(tx, this)));
    } catch (err) {
      // The work's own errors (a validation, a version conflict) pass as they are.
      throw err instanceof Neo4jError ? translateDriverError(err, this.uri) : err;
    } finally {
      await session.close();
    }
  }

  /**
   * Runs several statements in one write transaction that is tried once:
   * all or nothing, and never run again after a failure. For imports, where
   * the driver's retry of a transient failure (e.g. out of transaction memory)
   * would do the whole, long work a second time only to fail the same way.
   */
  async writeOnce<T>(work: (tx: Tx) => Promise<T>): Promise<T> {
    const session = this.driver.session({ database: this.database, defaultAccessMode: neo4j.session.WRITE });
    try {
      const tx = session.beginTransaction();
      try {
        const result = await work(new Tx(tx, this));
        await tx.commit();
        return result;
      } catch (err) {
        if (tx.isOpen()) await tx.rollback().catch(() => undefined);
        throw err;
      }
    } catch (err) {
      throw translateDriverError(err, this.uri);
    } finally {
      await session.close().catch(() => undefined);
    }
  }

  /** Applies cypher/schema.cypher (idempotent). */
  async applySchema(): Promise<void> {
    for (const statement of statements('schema')) {
      this.calls += 1;
      try {
        await this.driver.executeQuery(statement, {}, { database: this.database });
      } catch (err) {
        throw translateDriverError(err, this.uri);
      }
    }
  }

  /**
   * Resolves when the database answers a query; throws a DatabaseError
   * otherwise. One attempt, no retries, so /healthz answers quickly.
   */
  async ping(): Promise<void> {
    const session = this.driver.session({ database: this.database, defaultAccessMode: neo4j.session.READ });
    try {
      await session.run('RETURN 1');
    } catch (err) {
      throw translateDriverError(err, this.uri);
    } finally {
      await session.close();
    }
  }

  close(): Promise<void> {
    return this.driver.close();
  }

  private async run<T>(name: string, params: Record<string, unknown>, routing: 'READ' | 'WRITE', options: ReadOptions = {}): Promise<T[]> {
    const text = cypher(name);
    this.calls += 1;
    try {
      const result = await this.driver.executeQuery(text, toParams(params) as Record<string, unknown>, {
        database: this.database,
        routing,
        ...(options.timeoutMs ? { transactionConfig: { timeout: options.timeoutMs } } : {}),
        ...(options.signal ? { signal: options.signal } : {}),
      });
      return result.records.map((r) => recordToObject<T>(r));
    } catch (err) {
      throw translateDriverError(err, this.uri);
    }
  }
}

/** A write transaction that runs named Cypher files. */
export class Tx {
  constructor(
    private readonly tx: ManagedTransaction | Transaction,
    private readonly db: Db,
  ) {}

  async run<T>(name: string, params: Record<string, unknown> = {}): Promise<T[]> {
    this.db.calls += 1;
    const result = await this.tx.run(cypher(name), toParams(params) as Record<string, unknown>);
    return result.records.map((r) => recordToObject<T>(r));
  }
}
