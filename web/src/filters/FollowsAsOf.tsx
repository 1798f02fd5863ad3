import { useMemo, type ReactNode } from 'react';
import { ExportDatesContext } from '../ui/export/exportDates';
import { useAsOf } from './useAsOf';

/**
 * Marks a view whose data follows the as-of date: its exports say "Stand per"
 * in their "about" rows and, for another day than today, in their file names.
 */
export function FollowsAsOf({ children }: { children: ReactNode }) {
  const [{ date, isToday }] = useAsOf();
  const dates = useMemo(() => ({ asOf: date, today: isToday }), [date, isToday]);
  return <ExportDatesContext.Provider value={dates}>{children}</ExportDatesContext.Provider>;
}
