import type { TableDetail } from './api';

export type Side = 'both' | 'a' | 'b';

export interface Sided<Item> {
  item: Item;
  side: Side;
}

const SIDE_ORDER: Record<Side, number> = { both: 0, a: 1, b: 2 };

/**
 * Everything at either table, marked as at both or at one: shared items
 * first, then A's own, then B's own, each by name.
 */
export function sideBySide<Item extends { name: string }>(
  a: readonly Item[],
  b: readonly Item[],
  id: (item: Item) => string,
  locale: string,
): Sided<Item>[] {
  const inA = new Set(a.map(id));
  const inB = new Set(b.map(id));
  const all = new Map([...a, ...b].map((item) => [id(item), item]));
  return [...all.values()]
    .map((item): Sided<Item> => ({ item, side: inA.has(id(item)) && inB.has(id(item)) ? 'both' : inA.has(id(item)) ? 'a' : 'b' }))
    .sort((x, y) => SIDE_ORDER[x.side] - SIDE_ORDER[y.side] || x.item.name.localeCompare(y.item.name, locale));
}

export const partiesSideBySide = (a: TableDetail, b: TableDetail, locale: string) => sideBySide(a.parties, b.parties, (p) => p.id, locale);
export const municipalitiesSideBySide = (a: TableDetail, b: TableDetail, locale: string) =>
  sideBySide(a.municipalities, b.municipalities, (m) => m.code, locale);
