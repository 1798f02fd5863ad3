import { useState } from 'react';
import { useQuery } from '../../api/useQuery';

export interface KeptQuery<TData> {
  /** The latest answer; while a new one loads, the previous one stays. */
  data: TData | undefined;
  loading: boolean;
  error: Error | null;
  retry: () => void;
}

/**
 * useQuery that keeps the previous answer while the next one loads, so the
 * graph does not blink away on every filter change or expansion.
 * `load` must be stable (useCallback).
 */
export function useKeptQuery<TData>(load: (signal: AbortSignal) => Promise<TData>): KeptQuery<TData> {
  const result = useQuery(load);
  const [kept, setKept] = useState<TData | undefined>(undefined);
  const latest = result.status === 'success' ? result.data : kept;
  // Remember the answer across the next load (React's "state from the previous render" pattern).
  if (result.status === 'success' && result.data !== kept) setKept(result.data);
  return {
    data: latest,
    loading: result.status === 'loading',
    error: result.status === 'error' ? result.error : null,
    retry: result.retry,
  };
}
