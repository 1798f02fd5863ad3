import type { ApolloServerPlugin } from '@apollo/server';
import { GraphQLError, type GraphQLOutputType } from 'graphql';
// The CommonJS build: it must share graphql's CommonJS build with type-graphql
// and Apollo (its ESM build can load graphql's .mjs under a bundler: two realms).
import { getComplexity, type ComplexityEstimator } from 'graphql-query-complexity/cjs';
import { MAX_MAP_POINTS } from '../partnerships/partnership.service.js';
import type { Context } from './context.js';
import { Admission } from './admission.js';
import { MAX_LIST } from './limits.js';

/** Assumed length of a relation list without a size argument (a partnership's members, a table's parties, …). */
export const FAN_OUT = 10;

/**
 * Lists that hang off a hub: a national party is a member of hundreds of
 * partnerships, a city has dozens. The attack run showed 10 undercounting
 * them by far (a 9.9 MB answer estimated at 200,000 objects).
 */
const HUB_FAN_OUT: Record<string, number> = {
  'Party.partnerships': 100,
  'Party.tables': 100,
  'Municipality.partnerships': 100,
  'Municipality.tables': 100,
  'Party.duplicateTables': 100,
  'Peer.partiesInCommon': 20,
  'Communities.communities': 50,
  'Community.partnerships': 100,
  'Community.parties': 100,
  // The largest region (a province) has 56 municipalities.
  'Region.municipalities': 60,
};

/** Root lists whose length, without a size argument, is the server's default or cap. */
const SIZE_WITHOUT_ARGUMENT: Record<string, number> = {
  'Query.mapPoints': MAX_MAP_POINTS,
  'Query.tables': 5000,
  'Query.tableGraph': 5000,
  'Query.partnerships': 50,
  'Query.crowding': MAX_LIST,
  'Query.partyLoad': MAX_LIST,
  'Query.duplicateTables': MAX_LIST,
  'Query.peersNearby': 50,
  'Query.partyReach': 50,
  'Query.duplicateTableGraph': 5000,
  'Query.search': 20,
  'Query.regions': 31,
  'Query.regionCrowding': 31,
};

/** Lists whose length the size argument of their parent already counts. */
const SIZED_BY_PARENT = new Set([
  'PartnershipPage.nodes',
  'GraphSlice.nodes',
  'GraphSlice.edges',
  'Neighbourhood.neighbours',
  'Neighbourhood.edges',
]);

/**
 * Root fields that read the whole graph (or a whole date's worth of it)
 * whatever the size of their answer: `crowding(top: 1)` scans every
 * municipality's partnerships, members and tables as `crowding(top: 342)`
 * does. They are heavy whatever their cost, so a crowd of them (different
 * arguments, so no shared answer) waits for a slot instead of putting all
 * its statements on Neo4j at once.
 */
export const WHOLE_GRAPH = new Set([
  'activeCounts',
  'communities',
  'coverage',
  'crowding',
  'crowdingByProvince',
  'crowdingChange',
  'duplicateTableGraph',
  'duplicateTables',
  'networkChange',
  'networkGraph',
  'networkIntersections',
  'networkOverlap',
  'partyLoad',
  'partyReach',
  'regionCrowding',
  'tableGraph',
]);

const SIZE_ARGUMENTS = ['first', 'limit', 'top'] as const;

function sizeFrom(key: string, args: Record<string, unknown>, isList: boolean): number {
  for (const name of SIZE_ARGUMENTS) {
    const value = args[name];
    if (typeof value === 'number') return Math.max(1, value);
  }
  // neighbourhoods(nodes: [NodePage!]!): one page of `limit` neighbours per node.
  if (Array.isArray(args.nodes)) return args.nodes.reduce((sum: number, page: { limit?: number }) => sum + Math.max(1, page.limit ?? 1), 0);
  const fixed = SIZE_WITHOUT_ARGUMENT[key];
  if (fixed !== undefined) return fixed;
  if (SIZED_BY_PARENT.has(key)) return 1;
  return isList ? (HUB_FAN_OUT[key] ?? FAN_OUT) : 1;
}

/**
 * The cost of a field: the objects it adds to the answer. A list counts as
 * many elements as its size argument (`first`, `limit`, `top`, the `limit`s of
 * `nodes`) says — literal or variable alike — or, without one, the server's
 * default; each element costs itself plus its selection. Scalars are free.
 */
export const estimateCost: ComplexityEstimator = ({ type, field, args, childComplexity }) => {
  if (!isComposite(field.type)) return 0;
  return sizeFrom(`${type.name}.${field.name}`, args, String(field.type).replace(/!$/, '').startsWith('[')) * (1 + childComplexity);
};

// By shape, not with graphql's instanceof predicates: under a bundler (vitest)
// the schema's types and this module's graphql can come from different builds.
function isComposite(type: GraphQLOutputType): boolean {
  let named: unknown = type;
  while (named && typeof named === 'object' && 'ofType' in named) named = named.ofType;
  return typeof named === 'object' && named !== null && ('getFields' in named || 'getTypes' in named);
}

function rejection(message: string, extensions: Record<string, unknown> = {}): GraphQLError {
  return new GraphQLError(message, { extensions: { code: 'BAD_USER_INPUT', ...extensions, http: { status: 400 } } });
}

/** Too costly requests are refused; costly ones wait for one of a few slots. */
export interface CostSettings {
  maxCost: number;
  /** From this cost on a request counts as heavy. */
  heavyCost: number;
  /** Heavy requests that may run at once; cheap ones never wait for them. */
  heavySlots: number;
}

/**
 * Rejects an operation whose estimated cost exceeds `maxCost` once its
 * variables are known, before any resolver (and so any Cypher) runs. A heavy
 * operation (costly, or asking a WHOLE_GRAPH field) then waits for a slot, so a crowd of them cannot take every
 * database connection and thread from the cheap ones (and /healthz); a wait
 * that outlasts the request's budget ends it with QUERY_TIMEOUT.
 */
export function costLimit(settings: CostSettings): ApolloServerPlugin<Context> {
  const heavy = new Admission(settings.heavySlots);
  return {
    async requestDidStart() {
      let release: (() => void) | undefined;
      return {
        async didResolveOperation({ request, document, schema, operationName, contextValue }) {
          let cost: number;
          let wholeGraph = false;
          // Notes a whole-graph field and leaves the cost to estimateCost (an estimator that returns nothing passes on).
          const noteWholeGraph: ComplexityEstimator = ({ type, field }) => {
            if (type.name === 'Query' && WHOLE_GRAPH.has(field.name)) wholeGraph = true;
          };
          try {
            cost = getComplexity({
              schema,
              query: document,
              variables: request.variables ?? {},
              operationName: operationName ?? undefined,
              estimators: [noteWholeGraph, estimateCost],
            });
          } catch (err) {
            throw rejection(err instanceof Error ? err.message : String(err));
          }
          contextValue.facts.cost = cost;
          if (cost > settings.maxCost) {
            throw rejection(
              `Query cost ${cost} exceeds the limit of ${settings.maxCost}: ask for fewer rows (first, limit, top, nodes), fewer aliases or fewer nested lists.`,
              { cost, maxCost: settings.maxCost },
            );
          }
          if (cost >= settings.heavyCost || wholeGraph) {
            const waited = performance.now();
            release = await heavy.acquire(contextValue.signal).catch(() => {
              throw new GraphQLError('The server is busy with other large requests: try again shortly, or ask for less.', {
                extensions: { code: 'QUERY_TIMEOUT', http: { status: 503, headers: new Map([['retry-after', '2']]) } },
              });
            });
            contextValue.facts.queuedMs = Math.round(performance.now() - waited);
          }
        },
        async willSendResponse() {
          release?.();
        },
      };
    },
  };
}
