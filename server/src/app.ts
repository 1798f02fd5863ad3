import 'reflect-metadata';
import { createServer, type Server } from 'node:http';
import { join } from 'node:path';
import express, { type RequestHandler } from 'express';
import type { Db } from '@dsv/neo4j';
import { hasWebClient, type AppConfig } from './config.js';
import type { Logger } from './common/logger.js';
import { clientGoneSignal } from './common/request-db.js';
import { createExecutor, type GraphqlExecutor } from './graphql/executor.js';
import { startWorkerPool } from './graphql/worker-pool.js';
import { DataVersion } from './graphql/data-version.js';
import { cachingExecutor } from './graphql/response-cache.js';
import { healthHandler, liveHandler, PROBE_TIMING, startHealthProbe, type ProbeTiming } from './health.js';
import { responseCap, whenReady } from './http/graphql-guards.js';
import { factsOf, requestLog } from './http/request-log.js';
import { securityHeaders } from './http/security.js';
import { authRouter } from './auth/auth.router.js';
import { importRouter } from './import/import.router.js';

export interface App {
  httpServer: Server;
  /** What runs `/graphql` once started: in this thread, or a pool of worker threads (GRAPHQL_WORKERS). */
  executor: Promise<GraphqlExecutor>;
  /** Starts listening; resolves with the bound port. */
  listen(port: number, host?: string): Promise<number>;
  /** Stops the HTTP server (answering what is in flight) and GraphQL (not the database). */
  stop(): Promise<void>;
}

export interface AppOptions {
  /** Whether the schema and first data are in place; until then /graphql answers 503. Default: always. */
  prepared?: () => boolean;
  /** How often /healthz's background probe asks Neo4j (tests shorten it). */
  healthProbe?: Partial<ProbeTiming>;
}

/** How long a stopping server waits for requests in flight before it closes their connections. */
const STOP_GRACE_MS = 10_000;

/** Hands `/graphql` requests to the executor (in this thread or a worker; started, see `whenReady`) and sends its answer. */
function graphqlHandler(executor: () => GraphqlExecutor): RequestHandler {
  return async (req, res) => {
    const headers: [string, string][] = [];
    for (const [key, value] of Object.entries(req.headers))
      if (value !== undefined) headers.push([key, Array.isArray(value) ? value.join(', ') : value]);
    const query = req.originalUrl.indexOf('?');
    const reply = await executor().run(
      { method: req.method.toUpperCase(), headers, search: query < 0 ? '' : req.originalUrl.slice(query), body: req.body },
      clientGoneSignal(res),
    );
    Object.assign(factsOf(res), reply.facts);
    for (const [key, value] of reply.headers) res.setHeader(key, value);
    res.status(reply.status).send(reply.body);
  };
}

/** The whole HTTP app: `/graphql`, `/healthz`, `/livez` and the built web client. */
export async function createApp(config: AppConfig, db: Db, logger: Logger, options: AppOptions = {}): Promise<App> {
  const prepared = options.prepared ?? (() => true);
  const app = express();
  app.disable('x-powered-by');
  app.set('trust proxy', config.trustProxy);
  const httpServer = createServer(app);
  // GraphQL starts in the background (worker threads take a few seconds): the server listens at once, and
  // /graphql and /healthz say "being prepared" until both the data and GraphQL are ready.
  let executor: GraphqlExecutor | undefined;
  const starting = (async () => {
    const running =
      config.workers > 0 ? await startWorkerPool(config, db, logger, config.workers) : await createExecutor(config, db, logger);
    executor = config.responseCacheBytes > 0 ? cachingExecutor(running, new DataVersion(db), config.responseCacheBytes) : running;
    return executor;
  })();
  starting.catch((err: unknown) => logger.fatal({ err }, `GraphQL could not start: ${(err as Error).message}`));
  const ready = () => executor !== undefined && prepared();

  app.use(requestLog(logger));
  app.use(securityHeaders());
  app.get('/livez', liveHandler);
  const probe = startHealthProbe(db, ready, { ...PROBE_TIMING, ...options.healthProbe });
  // Ready as soon as GraphQL has started (if the data is): probe then, not a period later.
  void starting.then(
    () => probe.refresh(),
    () => undefined,
  );
  app.get('/healthz', healthHandler(probe));
  app.use('/auth', whenReady(ready), authRouter(db, config.auth, logger));
  app.use('/import', whenReady(ready), importRouter(db, logger, config.db.kind === 'embedded' ? config.db.dataDir : undefined));
  app.use(
    '/graphql',
    whenReady(ready),
    responseCap(config.limits.maxResponseBytes),
    express.json({ limit: '100kb' }),
    graphqlHandler(() => executor!),
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
    executor: starting,
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
      if (httpServer.listening) {
        const closed = new Promise((done) => httpServer.close(done));
        httpServer.closeIdleConnections();
        const grace = setTimeout(() => httpServer.closeAllConnections(), STOP_GRACE_MS);
        await closed;
        clearTimeout(grace);
      }
      await (await starting.catch(() => undefined))?.stop();
    },
  };
}
