import type { Language } from '../../i18n/language';

/** A cell of an export: text, a number (stays a number), or empty. */
export type CellValue = string | number | null;

/** One line of the block that says what an export is: title, filters, date, source, notice. */
export interface AboutLine {
  label: string;
  value: string;
}

/** What an export holds: its rows as shown (names, labels), and what it is about. */
export interface Sheet {
  title: string;
  header: string[];
  rows: CellValue[][];
  about: AboutLine[];
  language: Language;
}

/** The title of the "about" block and of the second XLSX sheet. */
export const ABOUT_TITLE: Readonly<Record<Language, string>> = { nl: 'Over deze export', en: 'About this export' };
