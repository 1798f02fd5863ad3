import type { Worker } from 'node:worker_threads';
import { ApolloServer, HeaderMap, type ApolloServerPlugin } from '@apollo/server';
import { ApolloServerPluginLandingPageDisabled } from '@apollo/server/plugin/disabled';
import type { Db } from '@dsv/neo4j';
import type { AppConfig } from '../config.js';
import type { Context } from '../common/context.js';
import { armor, knownOperationTypes, LIMITS } from '../common/armor.js';
import { costLimit } from '../common/cost.js';
import { formatErrorFor } from '../common/errors.js';
import { rejectInvalidDates } from '../common/dates.js';
import type { Logger } from '../common/logger.js';
import { guardFields, oneTimeoutError } from '../common/field-guard.js';
import { RequestBudget, RequestDb } from '../common/request-db.js';
import type { RequestFacts } from '../http/request-log.js';
import { createSchema } from '../schema.js';
import { userFromHeaders } from '../auth/current-user.js';
import { privateReads } from '../auth/guard.js';

/** What reaches the GraphQL executor of one HTTP request: plain data, so it can cross to a worker thread. */
export interface GraphqlRequest {
  method: string;
  headers: [string, string][];
  /** The URL's query string, with its `?` (GET requests carry the operation there). */
  search: string;
  body: unknown;
}

/** The executor's answer, with what the request log should know. */
export interface GraphqlReply {
  status: number;
  headers: [string, string][];
  body: string;
  facts: RequestFacts;
}

/** Runs GraphQL requests: in this thread (`inProcessExecutor`) or in a pool of worker threads (worker-pool.ts). */
export interface GraphqlExecutor {
  /** `clientGone` aborts when the client disconnects: the request's work stops. */
  run(request: GraphqlRequest, clientGone: AbortSignal): Promise<GraphqlReply>;
  stop(): Promise<void>;
  /** The worker threads that answer, when a pool runs GraphQL (for operations and tests). */
  threads?(): readonly Worker[];
}

/** Tells the request log which operation ran, and the cache whether its answer can be shared. */
const operationFacts: ApolloServerPlugin<Context> = {
  async requestDidStart() {
    return {
      async didResolveOperation({ contextValue, operationName, operation }) {
        contextValue.facts.operation = operationName ?? `(anonymous ${operation?.operation ?? 'operation'})`;
      },
      async willSendResponse({ contextValue, operation, response }) {
        contextValue.facts.cacheable =
          operation?.operation === 'query' && response.body.kind === 'single' && !response.body.singleResult.errors?.length;
      },
    };
  },
};

/**
 * The one GraphQL executor: Apollo with the cost limit, the field guard,
 * armor, CSRF prevention and masked errors, and a context per request with
 * its time budget and database reads. `heavySlots` is this executor's share
 * of the configured slots (a pool divides them among its workers).
 */
export async function createExecutor(
  config: AppConfig,
  db: Db,
  logger: Logger,
  heavySlots = config.limits.heavySlots,
): Promise<GraphqlExecutor> {
  const protection = armor();
  const apollo = new ApolloServer<Context>({
    validationRules: [...protection.validationRules, knownOperationTypes],
    parseOptions: { maxTokens: LIMITS.tokens },
    schema: guardFields(rejectInvalidDates(await createSchema())),
    // The owner of the executor stops it (main.ts handles SIGINT/SIGTERM).
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
      costLimit({ ...config.limits, heavySlots }),
      privateReads(config.auth.publicRead),
      oneTimeoutError,
      ...(config.production ? [ApolloServerPluginLandingPageDisabled()] : []),
    ],
  });
  await apollo.start();

  return {
    async run(request, clientGone) {
      const facts: RequestFacts = {};
      const budget = new RequestBudget(config.limits.requestTimeoutMs, clientGone);
      try {
        const { signal } = budget;
        const response = await apollo.executeHTTPGraphQLRequest({
          httpGraphQLRequest: {
            method: request.method,
            headers: new HeaderMap(request.headers),
            search: request.search,
            body: request.body,
          },
          context: async () => {
            const reader = new RequestDb(db, config.limits, signal);
            // The signed-in user, from the session cookie: only the request's headers reach a worker thread.
            const user = await userFromHeaders(Object.fromEntries(request.headers), reader);
            return { db: reader, signal, budget, map: config.map, loaders: new Map(), facts, user, store: db, auth: config.auth };
          },
        });
        let body: string;
        if (response.body.kind === 'complete') body = response.body.string;
        else {
          // Incremental delivery is not enabled; collect the chunks should it ever be.
          body = '';
          for await (const chunk of response.body.asyncIterator) body += chunk;
        }
        return { status: response.status ?? 200, headers: [...response.headers], body, facts };
      } finally {
        budget.end();
      }
    },
    stop: () => apollo.stop(),
  };
}
