import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';

export interface NumberFormats {
  /** Whole numbers with the language's grouping: 1.234 (nl), 1,234 (en). */
  integer: (n: number) => string;
  /** Shares such as a Jaccard index, with three decimals: 0,933 (nl); small overlaps stay visible. */
  ratio: (n: number) => string;
  /** A threshold on the 0.05 grid, with two decimals: 0,50 (nl). */
  threshold: (n: number) => string;
}

/** Number formats in the UI language. */
export function useFormat(): NumberFormats {
  const { i18n } = useTranslation();
  const language = i18n.language;
  return useMemo(() => {
    const integer = new Intl.NumberFormat(language, { maximumFractionDigits: 0 });
    const ratio = new Intl.NumberFormat(language, { minimumFractionDigits: 3, maximumFractionDigits: 3 });
    const threshold = new Intl.NumberFormat(language, { minimumFractionDigits: 2, maximumFractionDigits: 2 });
    return { integer: (n) => integer.format(n), ratio: (n) => ratio.format(n), threshold: (n) => threshold.format(n) };
  }, [language]);
}
