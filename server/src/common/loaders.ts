import DataLoader from 'dataloader';
import { loader, type Context } from './context.js';
import { asOfParam, type OnDate } from './dates.js';

/**
 * A per-request DataLoader over `cypher/loaders/<name>.cypher`, which takes
 * `$ids` and returns one row `{ id, items }` per id found: one round trip for
 * all the ids a GraphQL response needs. `params` are further parameters the
 * same for every id (a date): one loader per name and params.
 */
export function relation<T>(ctx: Context, name: string, params: Record<string, unknown> = {}): DataLoader<string, T[]> {
  return loader(
    ctx,
    `relation:${name}${Object.keys(params).length > 0 ? ` ${JSON.stringify(params)}` : ''}`,
    () =>
      new DataLoader<string, T[]>(async (ids) => {
        const rows = await ctx.db.read<{ id: string; items: T[] }>(`loaders/${name}`, { ...params, ids: [...ids] });
        const byId = new Map(rows.map((r) => [r.id, r.items]));
        return ids.map((id) => byId.get(id) ?? []);
      }),
  );
}

/**
 * `relation` over a dated relation (DESIGN.md §9.3): the items valid on the
 * object's date (today when it has none), or with `recorded` every one on
 * record (the statement's `$asOf` is then null).
 */
export function datedRelation<T>(ctx: Context, name: string, of: OnDate, recorded = false): DataLoader<string, T[]> {
  return relation<T>(ctx, name, { asOf: recorded ? null : asOfParam(of.asOf) });
}

// Made once: building a collator costs more than sorting a short list with it,
// and a page sorts the relations of every node.
const dutch = new Intl.Collator('nl');

/** Sorts by a text key, Dutch collation, so lists read the same on every call. */
export function byName<T>(items: T[], key: (item: T) => string = (i) => (i as { name: string }).name): T[] {
  return [...items].sort((a, b) => dutch.compare(key(a), key(b)));
}
