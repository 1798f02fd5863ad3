import { useState } from 'react';
import type { QueryResult } from './result';

export interface KeptQuery<TData> {
  /** The latest answer; while the next one loads, or after it failed, the previous one stays. */
  data: TData | undefined;
  loading: boolean;
  /** Loading because the server is still preparing its data. */
  preparing: boolean;
  error: Error | null;
  retry: () => void;
}

/**
 * A query's result seen as "what to show now": the last answer it had, kept
 * across loads and failures, so a graph or map does not blink away.
 */
export function useKept<TData>(result: QueryResult<TData>): KeptQuery<TData> {
  const [kept, setKept] = useState<TData | undefined>(undefined);
  // Remember the answer across the next load (React's "state from the previous render" pattern).
  if (result.status === 'success' && result.data !== kept) setKept(result.data);
  return {
    data: result.status === 'success' ? result.data : kept,
    loading: result.status === 'loading' || (result.status === 'success' && result.refreshing),
    preparing: result.status === 'loading' && result.preparing,
    error: result.status === 'error' ? result.error : null,
    retry: result.retry,
  };
}

/** The last data a query had: kept on screen while the next answer loads. */
export function useLastData<TData>(result: QueryResult<TData>): TData | undefined {
  return useKept(result).data;
}
