import { useCallback, useMemo } from 'react';
import { useUrlParam } from '../ui/url/useUrlParam';
import { AS_OF_PARAM, asOfParamValue, isIsoDate, todayIso } from './asOf';

export interface AsOf {
  /** For queries' `asOf`: the chosen date, or null for today (the API's default). */
  asOf: string | null;
  /** The date shown: the chosen one, or today. */
  date: string;
  /** True when no date is chosen (the view shows today). */
  isToday: boolean;
}

/**
 * The as-of date ("Stand per") from the URL, the one place views and their
 * queries read it, and a setter (null or today: back to today). Like
 * useFilters(), it follows the URL, so a link reproduces the date.
 */
export function useAsOf(): [AsOf, (date: string | null) => void] {
  const [text, setText] = useUrlParam(AS_OF_PARAM);
  const value = useMemo<AsOf>(() => {
    const chosen = text !== null && isIsoDate(text.trim()) ? text.trim() : null;
    const today = todayIso();
    return chosen === null || chosen === today
      ? { asOf: null, date: today, isToday: true }
      : { asOf: chosen, date: chosen, isToday: false };
  }, [text]);
  const set = useCallback((date: string | null) => setText(asOfParamValue(date)), [setText]);
  return [value, set];
}
