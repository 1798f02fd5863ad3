import type { GraphQLResolveInfo } from 'graphql';
import { parseResolveInfo, type ResolveTree } from 'graphql-parse-resolve-info';
import type { Context } from '../common/context.js';
import type { OnDate } from '../common/dates.js';
import { datedRelation, relation } from '../common/loaders.js';

/**
 * The relations of a partnership that `explore/partnership-detail` and
 * `explore/partnerships` can return with the nodes: the GraphQL field that
 * asks for it, its key in the statements' `$include` and `relations` maps,
 * the loader (`cypher/loaders/<loader>.cypher`) whose rows it returns, and
 * whether those rows are of a date (DESIGN.md §9.3: the statement's `$asOf`).
 */
const RELATIONS = [
  { field: 'networks', key: 'networks', loader: 'partnership-networks', dated: true },
  { field: 'members', key: 'members', loader: 'partnership-members', dated: true },
  { field: 'municipalities', key: 'municipalities', loader: 'partnership-municipalities', dated: false },
  { field: 'themes', key: 'themes', loader: 'partnership-themes', dated: false },
  { field: 'tables', key: 'tables', loader: 'partnership-tables', dated: false },
  { field: 'initiatives', key: 'initiatives', loader: 'partnership-initiatives', dated: false },
  { field: 'missingDomains', key: 'domains', loader: 'partnership-domains', dated: true },
] as const;

type RelationKey = (typeof RELATIONS)[number]['key'];

/** Which relations a statement should return (the `$include` parameter). */
export type Include = Record<RelationKey, boolean>;

/** A node's relations as a statement returned them: the loader's items, or null when not asked. */
export type Relations = Partial<Record<RelationKey, unknown[] | null>>;

/**
 * Which relations the query asks of the Partnership objects found at `path`
 * below the field being resolved (`[]` for `partnership(id)` itself,
 * `['nodes']` for a page). Aliases, fragments and @skip/@include are
 * resolved by graphql-parse-resolve-info.
 */
export function includeFor(info: GraphQLResolveInfo, path: readonly string[]): Include {
  let trees = [parseResolveInfo(info) as ResolveTree];
  for (const name of path) {
    trees = trees
      .flatMap((t) => Object.values(t.fieldsByTypeName).flatMap((fields) => Object.values(fields)))
      .filter((f) => f.name === name);
  }
  const asked = new Set(trees.flatMap((t) => Object.values(t.fieldsByTypeName.Partnership ?? {})).map((f) => f.name));
  return Object.fromEntries(RELATIONS.map((r) => [r.key, asked.has(r.field)])) as Include;
}

/**
 * Hands the relations a statement returned to this request's loaders, so the
 * field resolvers answer from them instead of making another round trip. The
 * dated ones are those of `of`'s date, the date the statement was asked on.
 */
export function primeRelations(ctx: Context, id: string, relations: Relations, of: OnDate): void {
  for (const r of RELATIONS) {
    const items = relations[r.key];
    if (!Array.isArray(items)) continue;
    (r.dated ? datedRelation<unknown>(ctx, r.loader, of) : relation<unknown>(ctx, r.loader)).prime(id, items);
  }
}
