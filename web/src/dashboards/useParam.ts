import { startTransition, useCallback, useOptimistic } from 'react';
import { useSearchParams } from 'react-router';
import { latestSearch } from '../lib/latestSearch';

/**
 * One search parameter as view state: its value (null when absent) and a
 * setter that writes it into the URL (null or '' removes it). Controls replace
 * the history entry, so moving a slider does not fill the back button.
 *
 * The router applies URL changes in a transition; until it commits, the new
 * value is shown optimistically, so a radio button or slider that reads its
 * state from here does not jump back for a moment after each change.
 */
export function useParam(name: string): [string | null, (value: string | null) => void] {
  const [params, setParams] = useSearchParams();
  const [value, setOptimistic] = useOptimistic(params.get(name));
  const set = useCallback(
    (next: string | null) =>
      startTransition(() => {
        setOptimistic(next === '' ? null : next);
        const updated = latestSearch();
        if (next === null || next === '') updated.delete(name);
        else updated.set(name, next);
        setParams(updated, { replace: true });
      }),
    [name, setParams, setOptimistic],
  );
  return [value, set];
}
