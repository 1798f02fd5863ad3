import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { isLanguage, type Language } from '../i18n/language';

/** How a number column is shown: the same kind of number looks the same on every page. */
export type NumberKind = 'integer' | 'decimal' | 'jaccard' | 'km' | 'percent';

/** Decimals per kind; a Jaccard index has two everywhere (0,50 in Dutch), distances, medians and ratios one. */
export const DECIMALS: Readonly<Record<NumberKind, number>> = { integer: 0, decimal: 1, jaccard: 2, km: 1, percent: 0 };

export interface Format {
  /** Whole numbers with the language's grouping: 1.234 (nl), 1,234 (en). */
  integer: (n: number) => string;
  /** A median or a ratio, one decimal: 2,5 (nl), 2.5 (en). */
  decimal: (n: number) => string;
  /** A Jaccard index or threshold, two decimals: 0,93 (nl), 0.93 (en). */
  jaccard: (n: number) => string;
  /** A distance with one decimal and its unit: 12,5 km. */
  km: (n: number) => string;
  /** A share (0–1) as a percentage: 42%. */
  percent: (n: number) => string;
  /** A number of the given kind, without unit (tables put the unit in the header). */
  number: (n: number, kind: NumberKind) => string;
  /** A change, whole and signed: +3, −2 (a true minus sign), 0. */
  signed: (n: number) => string;
  /** A calendar date (yyyy-mm-dd) in words: 31 december 2021 (nl), 31 December 2021 (en). */
  date: (iso: string) => string;
}

/** Number formats of one language, for code outside React (exports, tests). */
export function formatFor(language: Language): Format {
  const fixed = (decimals: number) => new Intl.NumberFormat(language, { minimumFractionDigits: decimals, maximumFractionDigits: decimals });
  const integer = fixed(0);
  const decimal = fixed(DECIMALS.decimal);
  const jaccard = fixed(DECIMALS.jaccard);
  const km = fixed(DECIMALS.km);
  const percent = new Intl.NumberFormat(language, { style: 'percent', maximumFractionDigits: 0 });
  const date = new Intl.DateTimeFormat(language, { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });
  const byKind: Record<NumberKind, (n: number) => string> = {
    integer: (n) => integer.format(n),
    decimal: (n) => decimal.format(n),
    jaccard: (n) => jaccard.format(n),
    km: (n) => km.format(n),
    percent: (n) => percent.format(n),
  };
  return {
    ...byKind,
    km: (n) => `${km.format(n)} km`,
    number: (n, kind) => byKind[kind](n),
    signed: (n) => (n > 0 ? `+${integer.format(n)}` : n < 0 ? `−${integer.format(-n)}` : integer.format(0)),
    date: (iso) => {
      const [y, m, d] = iso.split('-').map(Number);
      return date.format(new Date(Date.UTC(y!, m! - 1, d!)));
    },
  };
}

/** The UI language, as the kit's formatters and labels know it. */
export function useLanguageCode(): Language {
  const { i18n } = useTranslation();
  return isLanguage(i18n.language) ? i18n.language : 'nl';
}

/** Number formats in the UI language. */
export function useFormat(): Format {
  const language = useLanguageCode();
  return useMemo(() => formatFor(language), [language]);
}
