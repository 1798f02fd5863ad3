import 'reflect-metadata';
import { openDatabase } from '@dsv/neo4j';
import { createApp } from './app.js';
import { loadConfig } from './config.js';
import { createLogger } from './common/logger.js';
import { prepareDatabase } from './startup.js';

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

const preparation = prepareDatabase(connection.db, logger, { seedWhenEmpty: config.seedWhenEmpty });
const app = await createApp(config, connection.db, logger);
const port = await app.listen(config.port, config.host);
logger.info(`DSV-kaart listening on http://localhost:${port} (GraphQL at /graphql, health at /healthz)`);

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
