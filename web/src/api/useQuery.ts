import { useCallback, useEffect, useState } from 'react';

export type QueryState<TData> = { status: 'loading' } | { status: 'error'; error: Error } | { status: 'success'; data: TData };

export type QueryResult<TData> = QueryState<TData> & {
  /** Runs the query again, e.g. from a "try again" button. */
  retry: () => void;
};

/**
 * Runs `load` when the component mounts (and again on `retry`), and aborts it
 * when the component unmounts. `load` must be stable: a module-level function
 * or one wrapped in `useCallback`, or the query runs on every render.
 */
export function useQuery<TData>(load: (signal: AbortSignal) => Promise<TData>): QueryResult<TData> {
  const [attempt, setAttempt] = useState(0);
  const [state, setState] = useState<QueryState<TData>>({ status: 'loading' });

  useEffect(
    function runQuery() {
      const controller = new AbortController();
      setState({ status: 'loading' });
      load(controller.signal).then(
        (data) => {
          if (!controller.signal.aborted) setState({ status: 'success', data });
        },
        (error: unknown) => {
          if (!controller.signal.aborted) setState({ status: 'error', error: toError(error) });
        },
      );
      return function abortQuery() {
        controller.abort();
      };
    },
    [load, attempt],
  );

  const retry = useCallback(() => setAttempt((n) => n + 1), []);
  return { ...state, retry };
}

function toError(error: unknown): Error {
  return error instanceof Error ? error : new Error(String(error));
}
