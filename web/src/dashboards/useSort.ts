import { useCallback } from 'react';
import { formatSort, parseSort, type Sort } from './sort';
import { useParam } from './useParam';

/**
 * A table's sort order, kept in the URL as `<tableId>-sort=-index` so a link
 * reproduces it. Without the parameter the table shows the server's order,
 * described by `serverOrder`.
 */
export function useSort(tableId: string, serverOrder: Sort | null): [Sort | null, boolean, (sort: Sort) => void] {
  const [text, setText] = useParam(`${tableId}-sort`);
  const chosen = parseSort(text);
  const set = useCallback((sort: Sort) => setText(formatSort(sort)), [setText]);
  return [chosen ?? serverOrder, chosen !== null, set];
}
