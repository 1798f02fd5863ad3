export type SortDirection = 'ascending' | 'descending';

export interface SortState {
  column: string;
  direction: SortDirection;
}

const collator = new Intl.Collator('nl', { numeric: true, sensitivity: 'base' });

/** Sorts a copy of the rows by one value; ties keep their given order (Array.prototype.sort is stable). */
export function sortRows<T>(rows: readonly T[], value: (row: T) => string | number, direction: SortDirection): T[] {
  const sign = direction === 'ascending' ? 1 : -1;
  return [...rows].sort((a, b) => {
    const x = value(a);
    const y = value(b);
    const order = typeof x === 'number' && typeof y === 'number' ? x - y : collator.compare(String(x), String(y));
    return sign * order;
  });
}

/** Clicking the sorted column flips it; another column starts in its own first direction. */
export function nextSort(current: SortState, column: string, firstDirection: SortDirection): SortState {
  if (current.column !== column) return { column, direction: firstDirection };
  return { column, direction: current.direction === 'ascending' ? 'descending' : 'ascending' };
}
