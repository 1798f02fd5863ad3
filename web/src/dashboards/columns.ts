import type { ReactNode } from 'react';

export type CellValue = string | number;

/** One column of a dashboard table: what it shows, how it sorts and exports. */
export interface Column<Row> {
  /** Stable id, used in the URL for sorting (e.g. `index`). */
  key: string;
  label: string;
  /** The raw value: what sorting compares and what CSV/XLSX exports contain. */
  value: (row: Row) => CellValue;
  /** How numbers are shown; text is shown as it is. */
  format?: 'integer' | 'ratio' | 'threshold';
  /** Cell content when it is more than the formatted value (links, lists). */
  render?: (row: Row) => ReactNode;
  /** The cell that names the row (`<th scope="row">`). */
  rowHeader?: boolean;
  /** Defaults to true. */
  sortable?: boolean;
  /** Defaults to true; false for columns that only help on screen (e.g. a map link). */
  exported?: boolean;
  /** Defaults to true; false for columns only in exports (e.g. ids next to names). */
  shown?: boolean;
}

export const isNumeric = <Row>(column: Column<Row>) => column.format !== undefined;
