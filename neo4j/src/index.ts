export { dbConfigFromEnv, describeIssues, withoutEmpty, type DbConfig } from './config.js';
export { createDriver, openDatabase, type Connection } from './connect.js';
export { Db, Tx, type ReadOptions } from './db.js';
export { startEmbedded, ensureLauncherBuilt, type EmbeddedNeo4j } from './embedded.js';
export { DatabaseError, translateDriverError } from './errors.js';
export { toNative, recordToObject, dateParam, type LatLon } from './convert.js';
