import 'reflect-metadata';
import { openDatabase } from '@dsv/neo4j';
import { loadConfig } from './config.js';
import { createLogger } from './common/logger.js';
import { serve } from './serve.js';

let config;
try {
  config = loadConfig();
} catch (err) {
  console.error((err as Error).message);
  process.exit(1);
}
const logger = createLogger(config.logLevel);

let connection;
try {
  connection = await openDatabase(config.db, (m) => logger.info(m));
} catch (err) {
  logger.fatal((err as Error).message);
  process.exit(1);
}

const { app, preparation } = await serve(config, connection.db, logger);

let stopping = false;
async function shutdown(signal: string): Promise<void> {
  if (stopping) return;
  stopping = true;
  logger.info(`${signal}: stopping`);
  preparation.stop();
  await app.stop();
  logger.info('HTTP server stopped; closing the database');
  await connection!.close();
  logger.info('stopped');
  process.exit(0);
}
process.on('SIGINT', () => void shutdown('SIGINT'));
process.on('SIGTERM', () => void shutdown('SIGTERM'));
