import DataLoader from 'dataloader';
import { loader, type Context } from './context.js';

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

// Made once: building a collator costs more than sorting a short list with it,
// and a page sorts the relations of every node.
const dutch = new Intl.Collator('nl');

/** Sorts by a text key, Dutch collation, so lists read the same on every call. */
export function byName<T>(items: T[], key: (item: T) => string = (i) => (i as { name: string }).name): T[] {
  return [...items].sort((a, b) => dutch.compare(key(a), key(b)));
}
