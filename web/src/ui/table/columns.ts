import type { ReactNode } from 'react';
import type { CellValue } from '../export/sheet';
import type { NumberKind } from '../format';
import type { SortDirection } from './tableState';

/** One column of a kit table: what it shows, how it sorts and what it exports. */
export interface Column<Row> {
  /** Stable id, used in the URL for sorting (`<table>-sort=-index`). */
  key: string;
  label: string;
  /**
   * The value as the screen names it (a network's name, a phase's label, a
   * number): what sorting compares and what CSV/XLSX contain. Never a key the
   * user does not see.
   */
  value: (row: Row) => CellValue;
  /** How a number is shown; text is shown as it is. */
  format?: NumberKind;
  /** Cell content when it is more than the value (links, buttons, swatches). */
  render?: (row: Row) => ReactNode;
  /** The cell that names the row (`<th scope="row">`). */
  rowHeader?: boolean;
  /** Defaults to true. */
  sortable?: boolean;
  /** The direction of a first click; defaults to high-first for numbers, A–Z for text. */
  firstSort?: SortDirection;
  /** Defaults to true; false for columns that only act on screen (a map link, a button). */
  exported?: boolean;
  /** Defaults to true; false for columns only in exports (ids next to names). */
  shown?: boolean;
}

export const isNumeric = <Row>(column: Column<Row>) => column.format !== undefined;

const collators = new Map<string, Intl.Collator>();

/** A comparer on a column's values: numbers by size, text by the language's collation (numbers inside text numerically); empty last. */
export function compareValues(language: string): (x: CellValue, y: CellValue) => number {
  let collator = collators.get(language);
  if (!collator) {
    collator = new Intl.Collator(language, { numeric: true, sensitivity: 'base' });
    collators.set(language, collator);
  }
  const c = collator;
  return (x, y) => {
    if (x === null || y === null) return x === y ? 0 : x === null ? 1 : -1;
    if (typeof x === 'number' && typeof y === 'number') return x - y;
    return c.compare(String(x), String(y));
  };
}

/** The exported columns' header and every row's values, in the order given: what a CSV or XLSX of a table holds. */
export function sheetRows<Row>(columns: readonly Column<Row>[], rows: readonly Row[]): { header: string[]; rows: CellValue[][] } {
  const exported = columns.filter((c) => c.exported !== false);
  return { header: exported.map((c) => c.label), rows: rows.map((row) => exported.map((c) => c.value(row))) };
}
