import { useCallback } from 'react';
import { useSearchParams } from 'react-router';
import { useUrlWriter } from '../url/useUrlParams';

export type SortDirection = 'ascending' | 'descending';

export interface Sort {
  /** A column key. */
  key: string;
  direction: SortDirection;
}

/** The rows-per-page choices of every table; 0 means all rows on one page. */
export const PAGE_SIZES = [25, 50, 100, 0] as const;
export const DEFAULT_PAGE_SIZE = 25;

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

/** The URL parameters of a table: `<id>-sort`, `<id>-page` (from 1), `<id>-rows`. */
export const tableParams = (id: string) => ({ sort: `${id}-sort`, page: `${id}-page`, rows: `${id}-rows` }) as const;

export interface TableState {
  /** The chosen sort, or null for the rows' own (server) order. */
  sort: Sort | null;
  /** Zero-based. */
  page: number;
  /** Rows per page; 0 is all. */
  pageSize: number;
  setSort: (sort: Sort | null) => void;
  setPage: (page: number) => void;
  setPageSize: (size: number) => void;
}

/**
 * A table's sort, page and rows per page, kept in the URL under the table's
 * id so a link reproduces exactly this view of it. Defaults leave the URL.
 * Sorting or changing the page size goes back to the first page.
 */
export function useTableState(id: string, pageSizes: readonly number[] = PAGE_SIZES, defaultPageSize = DEFAULT_PAGE_SIZE): TableState {
  const [params] = useSearchParams();
  const write = useUrlWriter();
  const names = tableParams(id);
  const sort = parseSort(params.get(names.sort));
  const pageText = Number(params.get(names.page));
  const page = Number.isInteger(pageText) && pageText >= 1 ? pageText - 1 : 0;
  const rowsText = params.get(names.rows);
  const pageSize = rowsText !== null && pageSizes.includes(Number(rowsText)) ? Number(rowsText) : defaultPageSize;

  const setSort = useCallback(
    (next: Sort | null) => write({ [names.sort]: next && formatSort(next), [names.page]: null }),
    [write, names.sort, names.page],
  );
  const setPage = useCallback((next: number) => write({ [names.page]: next <= 0 ? null : String(next + 1) }), [write, names.page]);
  const setPageSize = useCallback(
    (next: number) => write({ [names.rows]: next === defaultPageSize ? null : String(next), [names.page]: null }),
    [write, names.rows, names.page, defaultPageSize],
  );
  return { sort, page, pageSize, setSort, setPage, setPageSize };
}
