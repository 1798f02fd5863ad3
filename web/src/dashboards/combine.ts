import type { QueryResult } from '../api/useQuery';

/** Two queries as one: loading until both have data, failed when either fails (retry retries both). */
export function combine<A, B>(a: QueryResult<A>, b: QueryResult<B>): QueryResult<[A, B]> {
  const retry = () => {
    if (a.status === 'error') a.retry();
    if (b.status === 'error') b.retry();
  };
  if (a.status === 'error') return { status: 'error', error: a.error, retry };
  if (b.status === 'error') return { status: 'error', error: b.error, retry };
  if (a.status === 'loading' || b.status === 'loading') return { status: 'loading', retry };
  return { status: 'success', data: [a.data, b.data], retry };
}
