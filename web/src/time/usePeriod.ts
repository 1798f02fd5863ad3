import { useCallback, useMemo } from 'react';
import { isIsoDate, todayIso } from '../filters/asOf';
import { useUrlParam } from '../ui/url/useUrlParam';

/** The report's count: the default first date of a comparison. */
export const REPORT_DATE = '2021-12-31';

export interface Period {
  from: string;
  to: string;
  /** The second date is today (the default). */
  toIsToday: boolean;
}

const valid = (text: string | null) => (text !== null && isIsoDate(text) ? text : null);

/**
 * The two dates of a comparison in the URL: `?van=2021-12-31&tot=2024-06-30`;
 * without them the report's date (31 December 2021) and today. A setter per
 * date: null (or the default) takes the date out of the URL.
 */
export function usePeriod(): [Period, (date: string | null) => void, (date: string | null) => void] {
  const [fromText, setFromText] = useUrlParam('van');
  const [toText, setToText] = useUrlParam('tot');
  const today = todayIso();
  const period = useMemo<Period>(() => {
    const to = valid(toText) ?? today;
    return { from: valid(fromText) ?? REPORT_DATE, to, toIsToday: to === today };
  }, [fromText, toText, today]);
  const setFrom = useCallback((date: string | null) => setFromText(date === REPORT_DATE ? null : date), [setFromText]);
  const setTo = useCallback((date: string | null) => setToText(date === today ? null : date), [setToText, today]);
  return [period, setFrom, setTo];
}
