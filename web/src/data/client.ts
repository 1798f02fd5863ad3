import { QueryClient } from '@tanstack/react-query';
import { isPreparing } from './request';

/** First wait before asking a preparing server again; doubles up to the cap. */
const FIRST_RETRY_MS = 1_000;
const MAX_RETRY_MS = 10_000;
/** The longest `Retry-After` the client honours. */
const MAX_ASKED_MS = 30_000;

/**
 * How long to wait before asking a preparing server again: what it asked for
 * in `Retry-After` when it said (up to 30 s), else a doubling back-off of at most 10 s.
 */
export function retryDelay(attempt: number, error: unknown): number {
  if (isPreparing(error) && error.retryAfter) return Math.min(error.retryAfter * 1000, MAX_ASKED_MS);
  return Math.min(FIRST_RETRY_MS * 2 ** attempt, MAX_RETRY_MS);
}

/**
 * The one cache of GraphQL answers for the whole client. Pages are separate
 * chunks; this module is shared by them, so an answer fetched on one page is
 * there when the user comes back or another page asks the same.
 * Answers stay fresh for 5 minutes (the data changes by import or edit, not by
 * the minute). A server that is still preparing its data is asked again until
 * it answers; any other failure is shown at once, with a retry button.
 */
export const queryClient = new QueryClient({
  defaultOptions: {
    queries: {
      staleTime: 5 * 60_000,
      gcTime: 15 * 60_000,
      refetchOnWindowFocus: false,
      networkMode: 'always',
      retry: (_failures, error) => isPreparing(error),
      retryDelay,
    },
  },
});
