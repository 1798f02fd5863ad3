import { useState } from 'react';

export interface Paged<T> {
  rows: readonly T[];
  /** 0-based index of the first row shown. */
  start: number;
  page: number;
  pages: number;
  setPage: (page: number) => void;
}

/** One page of rows; the page stays within range when the rows change. */
export function usePaged<T>(all: readonly T[], size: number): Paged<T> {
  const [wanted, setPage] = useState(0);
  const pages = Math.max(1, Math.ceil(all.length / size));
  const page = Math.min(wanted, pages - 1);
  const start = page * size;
  return { rows: all.slice(start, start + size), start, page, pages, setPage };
}
