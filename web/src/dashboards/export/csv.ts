import Papa from 'papaparse';
import { download, fileName } from './download';
import type { TableData } from './table-data';

/** Excel only reads a CSV as UTF-8 when it starts with a byte-order mark. */
const BOM = '\uFEFF';

export function toCsv({ header, rows }: TableData): string {
  return Papa.unparse({ fields: header, data: rows }, { newline: '\r\n' });
}

export function downloadCsv(data: TableData, name: string): void {
  download(new Blob([BOM, toCsv(data)], { type: 'text/csv;charset=utf-8' }), fileName(name, 'csv'));
}
