import type { CellValue, Column } from '../columns';

/** What an export holds: a header row of column labels, then raw values. */
export interface TableData {
  header: string[];
  rows: CellValue[][];
}

export function tableData<Row>(all: readonly Column<Row>[], rows: readonly Row[]): TableData {
  const columns = all.filter((c) => c.exported !== false);
  return {
    header: columns.map((c) => c.label),
    rows: rows.map((row) => columns.map((c) => c.value(row))),
  };
}
