import { createContext, useContext } from 'react';

/**
 * The date(s) a view's data holds for, as its exports name them: one as-of
 * date ("Stand per") or a period (a comparison of two dates).
 */
export type ExportDates = { asOf: string; today: boolean } | { from: string; to: string };

/** Set by the views whose data follows a date; exports below them carry it. */
export const ExportDatesContext = createContext<ExportDates | null>(null);

export function useExportDates(): ExportDates | null {
  return useContext(ExportDatesContext);
}

/**
 * A file name part with the dates in it: `drukte-per-2021-12-31`,
 * `netwerkverandering-2021-12-31-tot-2026-11-27`; today's as-of date adds
 * nothing (the file name ends with the export date already).
 */
export function withDates(name: string, dates: ExportDates | null): string {
  if (!dates) return name;
  if ('from' in dates) return `${name}-${dates.from}-tot-${dates.to}`;
  return dates.today ? name : `${name}-per-${dates.asOf}`;
}
