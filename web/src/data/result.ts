/**
 * What a view knows about one query: still loading (and whether the server is
 * still preparing its data), failed, or answered. `refreshing` is true while
 * the previous answer stays on screen and the next one loads.
 */
export type QueryState<TData> =
  { status: 'loading'; preparing: boolean } | { status: 'error'; error: Error } | { status: 'success'; data: TData; refreshing: boolean };

export type QueryResult<TData> = QueryState<TData> & {
  /** Runs the query again, e.g. from a "try again" button. */
  retry: () => void;
};

/** Loading, or showing kept data while the next answer loads. */
export function isBusy(result: QueryState<unknown>): boolean {
  return result.status === 'loading' || (result.status === 'success' && result.refreshing);
}

/** Two queries as one: loading until both have data, failed when either fails (retry retries both). */
export function combine<A, B>(a: QueryResult<A>, b: QueryResult<B>): QueryResult<[A, B]> {
  const retry = () => {
    if (a.status === 'error') a.retry();
    if (b.status === 'error') b.retry();
  };
  if (a.status === 'error') return { status: 'error', error: a.error, retry };
  if (b.status === 'error') return { status: 'error', error: b.error, retry };
  if (a.status === 'loading' || b.status === 'loading') {
    const preparing = (a.status === 'loading' && a.preparing) || (b.status === 'loading' && b.preparing);
    return { status: 'loading', preparing, retry };
  }
  return { status: 'success', data: [a.data, b.data], refreshing: a.refreshing || b.refreshing, retry };
}
