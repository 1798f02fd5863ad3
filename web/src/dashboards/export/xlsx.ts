import { download, fileName } from './download';
import type { TableData } from './table-data';

const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/** Excel's rules for sheet names: at most 31 characters, none of : \ / ? * [ ]. */
function sheetName(title: string): string {
  return (
    title
      .replace(/[:\\/?*[\]]/g, ' ')
      .slice(0, 31)
      .trim() || 'Blad1'
  );
}

/**
 * Writes one sheet: the header row in bold, then the values (numbers stay
 * numbers). exceljs is large, so it is loaded only when someone exports.
 */
export async function downloadXlsx(data: TableData, name: string, title: string): Promise<void> {
  const { Workbook } = await import('exceljs');
  const workbook = new Workbook();
  const sheet = workbook.addWorksheet(sheetName(title));
  sheet.addRow(data.header).font = { bold: true };
  sheet.addRows(data.rows);
  sheet.columns.forEach((column, i) => {
    const widest = Math.max(...[data.header[i] ?? '', ...data.rows.map((r) => r[i] ?? '')].map((v) => String(v).length));
    column.width = Math.min(60, Math.max(8, widest + 2));
  });
  const buffer = await workbook.xlsx.writeBuffer();
  download(new Blob([buffer], { type: XLSX_TYPE }), fileName(name, 'xlsx'));
}
