import type { Db } from '@dsv/neo4j';
import { createApp, type App } from './app.js';
import type { AppConfig } from './config.js';
import type { Logger } from './common/logger.js';
import { prepareDatabase, type Preparation } from './startup.js';
import { offerFirstAdmin } from './auth/setup.js';

export interface Serving {
  app: App;
  port: number;
  preparation: Preparation;
}

/**
 * Listens at once, so /livez and /healthz answer (and /graphql says 503
 * "being prepared") while the database is prepared; logs "listening" only
 * once queries answer with data.
 */
export async function serve(config: AppConfig, db: Db, logger: Logger, opts: { retryMs?: number } = {}): Promise<Serving> {
  const preparation = prepareDatabase(db, logger, { seedWhenEmpty: config.seedWhenEmpty, retryMs: opts.retryMs });
  const app = await createApp(config, db, logger, { prepared: preparation.isReady });
  const port = await app.listen(config.port, config.host);
  const base = `http://${config.host.includes(':') ? `[${config.host}]` : config.host}:${port}`;
  logger.info(`DSV-kaart preparing the database… (${base}/livez and /healthz answer meanwhile)`);
  void preparation.ready.then(async () => {
    logger.info(`DSV-kaart listening on ${base} (GraphQL at /graphql, health at /healthz)`);
    await offerFirstAdmin(db, config, logger, base).catch((err: unknown) =>
      logger.error({ err }, 'could not make the first-administrator link'),
    );
  });
  return { app, port, preparation };
}
