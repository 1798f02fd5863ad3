import 'reflect-metadata';
import { createServer, type Server } from 'node:http';
import { join } from 'node:path';
import { ApolloServer, type ApolloServerPlugin } from '@apollo/server';
import { expressMiddleware } from '@as-integrations/express5';
import { ApolloServerPluginDrainHttpServer } from '@apollo/server/plugin/drainHttpServer';
import { ApolloServerPluginLandingPageDisabled } from '@apollo/server/plugin/disabled';
import express from 'express';
import type { Db } from '@dsv/neo4j';
import { hasWebClient, type AppConfig } from './config.js';
import type { Context } from './common/context.js';
import { armor, knownOperationTypes, LIMITS } from './common/armor.js';
import { costLimit } from './common/cost.js';
import { formatErrorFor } from './common/errors.js';
import type { Logger } from './common/logger.js';
import { guardFields, oneTimeoutError } from './common/field-guard.js';
import { RequestBudget, RequestDb } from './common/request-db.js';
import { healthHandler, liveHandler, PROBE_TIMING, startHealthProbe, type ProbeTiming } from './health.js';
import { responseCap, whenReady } from './http/graphql-guards.js';
import { factsOf, requestLog } from './http/request-log.js';
import { securityHeaders } from './http/security.js';
import { createSchema } from './schema.js';
import { authRouter } from './auth/auth.router.js';
import { userFromHeaders } from './auth/current-user.js';
import { privateReads } from './auth/guard.js';
import { importRouter } from './import/import.router.js';

export interface App {
  httpServer: Server;
  /** Starts listening; resolves with the bound port. */
  listen(port: number, host?: string): Promise<number>;
  /** Stops Apollo and the HTTP server (not the database). */
  stop(): Promise<void>;
}

export interface AppOptions {
  /** Whether the schema and first data are in place; until then /graphql answers 503. Default: always. */
  prepared?: () => boolean;
  /** How often /healthz's background probe asks Neo4j (tests shorten it). */
  healthProbe?: Partial<ProbeTiming>;
}

/** Tells the request log which operation ran and what it cost. */
const operationFacts: ApolloServerPlugin<Context> = {
  async requestDidStart() {
    return {
      async didResolveOperation({ contextValue, operationName, operation }) {
        contextValue.facts.operation = operationName ?? `(anonymous ${operation?.operation ?? 'operation'})`;
      },
    };
  },
};

/** The whole HTTP app: `/graphql`, `/healthz`, `/livez` and the built web client. */
export async function createApp(config: AppConfig, db: Db, logger: Logger, options: AppOptions = {}): Promise<App> {
  const prepared = options.prepared ?? (() => true);
  const app = express();
  app.disable('x-powered-by');
  app.set('trust proxy', config.trustProxy);
  const httpServer = createServer(app);
  const protection = armor();
  const apollo = new ApolloServer<Context>({
    validationRules: [...protection.validationRules, knownOperationTypes],
    parseOptions: { maxTokens: LIMITS.tokens },
    schema: guardFields(await createSchema()),
    // main.ts handles SIGINT/SIGTERM: it stops Apollo, then the database.
    stopOnTerminationSignals: false,
    csrfPrevention: true,
    allowBatchedHttpRequests: false,
    introspection: !config.production,
    includeStacktraceInErrorResponses: false,
    formatError: formatErrorFor(logger, { hideSuggestions: config.production }),
    plugins: [
      // graphql-armor is typed against Apollo's CommonJS build; the objects are the same.
      ...(protection.plugins as unknown as ApolloServerPlugin<Context>[]),
      operationFacts,
      costLimit(config.limits),
      privateReads(config.auth.publicRead),
      oneTimeoutError,
      ApolloServerPluginDrainHttpServer({ httpServer }),
      ...(config.production ? [ApolloServerPluginLandingPageDisabled()] : []),
    ],
  });
  await apollo.start();

  app.use(requestLog(logger));
  app.use(securityHeaders());
  app.get('/livez', liveHandler);
  const probe = startHealthProbe(db, prepared, { ...PROBE_TIMING, ...options.healthProbe });
  app.get('/healthz', healthHandler(probe));
  app.use('/auth', whenReady(prepared), authRouter(db, config.auth, logger));
  app.use('/import', whenReady(prepared), importRouter(db, logger, config.db.kind === 'embedded' ? config.db.dataDir : undefined));
  app.use(
    '/graphql',
    whenReady(prepared),
    responseCap(config.limits.maxResponseBytes),
    express.json({ limit: '100kb' }),
    expressMiddleware(apollo, {
      context: async ({ req, res }) => {
        const budget = new RequestBudget(config.limits.requestTimeoutMs, res);
        const { signal } = budget;
        const reader = new RequestDb(db, config.limits, signal);
        const user = await userFromHeaders(req.headers, reader);
        return { db: reader, signal, budget, map: config.map, loaders: new Map(), facts: factsOf(res), user, store: db, auth: config.auth };
      },
    }),
  );
  if (hasWebClient(config)) {
    app.use(express.static(config.webDist, { index: 'index.html', maxAge: '1h' }));
    // Client-side routes: any other GET gets the app shell.
    app.get(/^\/(?!graphql|healthz|livez|(?:auth|import)(?:\/|$)).*/, (_req, res) => res.sendFile(join(config.webDist, 'index.html')));
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
    stop: async () => {
      probe.stop();
      await apollo.stop();
    },
  };
}
