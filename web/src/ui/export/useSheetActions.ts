import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import { useLanguageCode } from '../format';
import { csvBlob } from './csv';
import { useExportDates, withDates } from './exportDates';
import type { ExportAction } from './ExportButtons';
import { saveFile } from './saveFile';
import type { CellValue } from './sheet';
import { useAbout } from './useAbout';

/** The rows of an export: all that match, in the order shown, with names as on screen. */
export interface SheetRows {
  header: string[];
  rows: CellValue[][];
}

export interface SheetExport {
  /** The table caption or chart title. */
  title: string;
  /** The file name part: `dsv-kaart-<name>[-per-<as of>]-<date>.csv`. */
  name: string;
  /** How many rows the export holds, for the button text. */
  count: number;
  /** Builds the rows when a button is pressed (it may fetch every matching row first). */
  rows: () => SheetRows | Promise<SheetRows>;
}

/** CSV and XLSX download actions for a table or chart, in the UI language, with the "about" block. */
export function useSheetActions(): (spec: SheetExport) => ExportAction[] {
  const { t } = useTranslation('ui');
  const language = useLanguageCode();
  const about = useAbout();
  const dates = useExportDates();
  return useCallback(
    ({ title, name: what, count, rows }) => {
      const name = withDates(what, dates);
      const sheet = async () => {
        const data = await rows();
        return { ...data, title, language, about: about(title, data.rows.length) };
      };
      return [
        { label: t('export.csv', { count }), run: async () => saveFile(csvBlob(await sheet()), { name, extension: 'csv' }) },
        {
          label: t('export.xlsx', { count }),
          run: async () => {
            const { xlsxBlob } = await import('./xlsx');
            saveFile(await xlsxBlob(await sheet()), { name, extension: 'xlsx' });
          },
        },
      ];
    },
    [t, language, about, dates],
  );
}
