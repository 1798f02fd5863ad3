import { neutralise } from './neutralise';
import { ABOUT_TITLE, type CellValue, type Sheet } from './sheet';

export const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/** Excel's rules for sheet names: at most 31 characters, none of : \ / ? * [ ]. */
export function sheetName(title: string, fallback: string): string {
  return (
    title
      .replace(/[:\\/?*[\]]/g, ' ')
      .slice(0, 31)
      .trim() || fallback
  );
}

const safe = (value: CellValue) => (typeof value === 'string' ? neutralise(value) : value);

function widths(rows: readonly (readonly CellValue[])[]): number[] {
  const count = Math.max(0, ...rows.map((r) => r.length));
  return Array.from({ length: count }, (_, i) => Math.min(60, Math.max(8, ...rows.map((r) => String(r[i] ?? '').length + 2))));
}

/**
 * The sheet as an XLSX workbook: the rows on the first sheet (header bold,
 * numbers as numbers, text neutralised like the CSV), the "about" block on a
 * second. exceljs is large, so it is loaded only when someone exports.
 */
export async function toXlsx(sheet: Sheet): Promise<ArrayBuffer> {
  const { Workbook } = await import('exceljs');
  const workbook = new Workbook();
  const data = workbook.addWorksheet(sheetName(sheet.title, 'Data'));
  data.addRow(sheet.header.map(safe)).font = { bold: true };
  data.addRows(sheet.rows.map((r) => r.map(safe)));
  widths([sheet.header, ...sheet.rows]).forEach((w, i) => (data.getColumn(i + 1).width = w));
  data.views = [{ state: 'frozen', ySplit: 1 }];

  const about = workbook.addWorksheet(sheetName(ABOUT_TITLE[sheet.language], 'About'));
  about.addRows(sheet.about.map((a) => [safe(a.label), safe(a.value)]));
  about.getColumn(1).font = { bold: true };
  about.getColumn(1).width = 20;
  about.getColumn(2).width = 100;
  return (await workbook.xlsx.writeBuffer()) as ArrayBuffer;
}

export async function xlsxBlob(sheet: Sheet): Promise<Blob> {
  return new Blob([await toXlsx(sheet)], { type: XLSX_TYPE });
}
