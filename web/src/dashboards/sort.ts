import type { Column } from './columns';

export type SortDirection = 'ascending' | 'descending';

export interface Sort {
  key: string;
  direction: SortDirection;
}

/** `-index` is index descending, `name` is name ascending. */
export function parseSort(text: string | null): Sort | null {
  if (!text) return null;
  const descending = text.startsWith('-');
  const key = descending ? text.slice(1) : text;
  return key ? { key, direction: descending ? 'descending' : 'ascending' } : null;
}

export function formatSort(sort: Sort): string {
  return sort.direction === 'descending' ? `-${sort.key}` : sort.key;
}

/**
 * A sorted copy. The sort is stable, so rows that tie keep the server's
 * order (which has its own documented tie-breaks).
 */
export function sortRows<Row>(rows: readonly Row[], columns: readonly Column<Row>[], sort: Sort | null, locale: string): Row[] {
  const column = sort && columns.find((c) => c.key === sort.key);
  if (!sort || !column) return [...rows];
  const collator = new Intl.Collator(locale, { numeric: true, sensitivity: 'base' });
  const sign = sort.direction === 'ascending' ? 1 : -1;
  return [...rows].sort((a, b) => {
    const x = column.value(a);
    const y = column.value(b);
    const order = typeof x === 'number' && typeof y === 'number' ? x - y : collator.compare(String(x), String(y));
    return sign * order;
  });
}

/** Clicking a column: the other direction when it is already sorted on, else numbers high-first and text A–Z. */
export function nextSort<Row>(current: Sort | null, column: Column<Row>): Sort {
  if (current?.key === column.key) {
    return { key: column.key, direction: current.direction === 'ascending' ? 'descending' : 'ascending' };
  }
  return { key: column.key, direction: column.format ? 'descending' : 'ascending' };
}
