import 'reflect-metadata';
import { createServer, type Server } from 'node:http';
import { join } from 'node:path';
import { ApolloServer, type ApolloServerPlugin } from '@apollo/server';
import { expressMiddleware } from '@as-integrations/express5';
import { ApolloServerPluginDrainHttpServer } from '@apollo/server/plugin/drainHttpServer';
import { ApolloServerPluginLandingPageDisabled } from '@apollo/server/plugin/disabled';
import express from 'express';
import helmet from 'helmet';
import type { Db } from '@dsv/neo4j';
import { hasWebClient, type AppConfig } from './config.js';
import type { Context } from './common/context.js';
import { armor, LIMITS } from './common/armor.js';
import { formatErrorFor } from './common/errors.js';
import type { Logger } from './common/logger.js';
import { healthHandler } from './health.js';
import { createSchema } from './schema.js';

export interface App {
  httpServer: Server;
  /** Starts listening; resolves with the bound port. */
  listen(port: number, host?: string): Promise<number>;
  /** Stops Apollo and the HTTP server (not the database). */
  stop(): Promise<void>;
}

/** The whole HTTP app: `/graphql`, `/healthz` and the built web client. */
export async function createApp(config: AppConfig, db: Db, logger: Logger): Promise<App> {
  const app = express();
  app.disable('x-powered-by');
  const httpServer = createServer(app);
  const protection = armor();
  const apollo = new ApolloServer<Context>({
    validationRules: protection.validationRules,
    parseOptions: { maxTokens: LIMITS.tokens },
    schema: await createSchema(),
    // main.ts handles SIGINT/SIGTERM: it stops Apollo, then the database.
    stopOnTerminationSignals: false,
    csrfPrevention: true,
    allowBatchedHttpRequests: false,
    introspection: !config.production,
    includeStacktraceInErrorResponses: false,
    formatError: formatErrorFor(logger),
    plugins: [
      // graphql-armor is typed against Apollo's CommonJS build; the objects are the same.
      ...(protection.plugins as unknown as ApolloServerPlugin<Context>[]),
      ApolloServerPluginDrainHttpServer({ httpServer }),
      ...(config.production ? [ApolloServerPluginLandingPageDisabled()] : []),
    ],
  });
  await apollo.start();

  app.use(
    helmet({
      contentSecurityPolicy: {
        directives: {
          'img-src': ["'self'", 'data:', 'blob:', 'https:'],
          'style-src': ["'self'", "'unsafe-inline'"],
          'connect-src': ["'self'"],
        },
      },
    }),
  );
  app.get('/healthz', healthHandler(db));
  app.use(
    '/graphql',
    express.json({ limit: '100kb' }),
    expressMiddleware(apollo, { context: async () => ({ db, map: config.map, loaders: new Map() }) }),
  );
  if (hasWebClient(config)) {
    app.use(express.static(config.webDist, { index: 'index.html', maxAge: '1h' }));
    // Client-side routes: any other GET gets the app shell.
    app.get(/^\/(?!graphql|healthz).*/, (_req, res) => res.sendFile(join(config.webDist, 'index.html')));
  } else {
    app.get('/', (_req, res) => {
      res.type('text/plain').send('DSV-kaart API. The web client is not built: run `pnpm --filter @dsv/web build`.');
    });
  }

  return {
    httpServer,
    listen: (port, host) =>
      new Promise((resolveListen, reject) => {
        httpServer.once('error', reject);
        httpServer.listen(port, host, () => {
          const address = httpServer.address();
          resolveListen(typeof address === 'object' && address ? address.port : port);
        });
      }),
    stop: () => apollo.stop(),
  };
}
