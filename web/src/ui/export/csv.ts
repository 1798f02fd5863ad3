import { neutralise } from './neutralise';
import type { CellValue, Sheet } from './sheet';
import { ABOUT_TITLE } from './sheet';

/** Excel only reads a CSV as UTF-8 when it starts with a byte-order mark. */
export const BOM = '\uFEFF';

/**
 * Dutch Excel splits on `;` and reads `0,5` as a number; English on `,` and
 * `0.5`. The export follows the UI language so the file opens in columns.
 */
export const CSV_DIALECT = {
  nl: { separator: ';', decimal: ',' },
  en: { separator: ',', decimal: '.' },
} as const;

function cell(value: CellValue, separator: string, decimal: string): string {
  if (value === null) return '';
  if (typeof value === 'number') {
    if (!Number.isFinite(value)) return '';
    return decimal === '.' ? String(value) : String(value).replace('.', decimal);
  }
  const text = neutralise(value);
  return /["\r\n]/.test(text) || text.includes(separator) ? `"${text.replace(/"/g, '""')}"` : text;
}

/**
 * The sheet as CSV text (without the BOM): header, rows, then after an empty
 * line the "about" block (title, filters, date, source, notice). Every text
 * cell is neutralised against formula injection; numbers stay numbers.
 */
export function toCsv(sheet: Sheet): string {
  const { separator, decimal } = CSV_DIALECT[sheet.language];
  const line = (cells: readonly CellValue[]) => cells.map((c) => cell(c, separator, decimal)).join(separator);
  const lines = [line(sheet.header), ...sheet.rows.map(line)];
  if (sheet.about.length > 0) {
    lines.push('', line([ABOUT_TITLE[sheet.language]]), ...sheet.about.map((a) => line([a.label, a.value])));
  }
  return `${lines.join('\r\n')}\r\n`;
}

export function csvBlob(sheet: Sheet): Blob {
  return new Blob([BOM, toCsv(sheet)], { type: 'text/csv;charset=utf-8' });
}
