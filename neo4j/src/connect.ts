import { connect as tcpConnect } from 'node:net';
import neo4j, { type Driver } from 'neo4j-driver';
import { Db } from './db.js';
import { startEmbedded, type EmbeddedNeo4j } from './embedded.js';
import type { DbConfig } from './config.js';

export interface Connection {
  db: Db;
  /** The embedded Neo4j this connection started, if any. */
  embedded?: EmbeddedNeo4j;
  /** Closes the driver and stops the embedded Neo4j, if one was started. */
  close(): Promise<void>;
}

/**
 * Opens the database the config names: starts the embedded Neo4j when no
 * NEO4J_URI is set, then makes a driver. Does not wait for the database to
 * answer; call `db.ping()` for that.
 */
export async function openDatabase(config: DbConfig, log: (message: string) => void): Promise<Connection> {
  let embedded: EmbeddedNeo4j | undefined;
  let uri: string;
  if (config.kind === 'embedded') {
    if (await portAnswers(config.port)) {
      // Another process (e.g. the running server) already started it.
      uri = `bolt://127.0.0.1:${config.port}`;
      log(`Using the Neo4j already running on 127.0.0.1:${config.port}`);
    } else {
      embedded = await startEmbedded({ ...config, log });
      uri = embedded.uri;
    }
  } else {
    uri = config.uri;
  }
  const driver = createDriver(uri, config.user, config.password);
  const db = new Db(driver, uri);
  return {
    db,
    embedded,
    async close() {
      await driver.close();
      await embedded?.stop();
    },
  };
}

/** A driver with the settings every connection of the app uses (the server's worker threads make their own). */
export function createDriver(uri: string, user: string, password: string): Driver {
  return neo4j.driver(uri, neo4j.auth.basic(user, password), {
    disableLosslessIntegers: false,
    maxConnectionPoolSize: 50,
    connectionAcquisitionTimeout: 10_000,
    connectionTimeout: 5_000,
    // Fail within seconds when Neo4j is gone, instead of the driver's 30 s of retries.
    maxTransactionRetryTime: 5_000,
    logging: { level: 'error', logger: () => undefined },
  });
}

function portAnswers(port: number): Promise<boolean> {
  return new Promise((done) => {
    const socket = tcpConnect({ host: '127.0.0.1', port });
    socket.setTimeout(1000);
    socket.once('connect', () => {
      socket.destroy();
      done(true);
    });
    socket.once('timeout', () => {
      socket.destroy();
      done(false);
    });
    socket.once('error', () => done(false));
  });
}
