import { useCallback } from 'react';
import { useSheetActions } from '../export/useSheetActions';
import { useLanguageCode } from '../format';
import { sheetRows, type Column } from './columns';
import type { Sort } from './tableState';
import { sortLike } from './useTableModel';

/** Where a table's rows are a top-N from the server: how many match in all, and how to fetch them. */
export interface AllRows<Row> {
  count: number;
  fetch: () => Promise<readonly Row[]>;
}

/**
 * CSV and XLSX of a table: every matching row (not the page), in the order
 * shown, with the exported columns' values (names as on screen).
 */
export function useTableExport<Row>(
  title: string,
  name: string,
  columns: readonly Column<Row>[],
  sorted: readonly Row[],
  sort: Sort | null,
  all?: AllRows<Row>,
) {
  const actions = useSheetActions();
  const language = useLanguageCode();
  const build = useCallback(async () => {
    const rows = all ? sortLike(await all.fetch(), columns, sort, language) : sorted;
    return sheetRows(columns, rows);
  }, [columns, sorted, sort, all, language]);
  return actions({ title, name, count: all?.count ?? sorted.length, rows: build });
}
