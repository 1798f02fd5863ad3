import { keepPreviousData, useQuery, type QueryFunctionContext, type UseQueryResult } from '@tanstack/react-query';
import { useCallback } from 'react';
import { queryClient } from './client';
import type { TypedDocumentString } from './gql/graphql';
import { isPreparing, request } from './request';
import type { QueryResult } from './result';

export interface GqlOptions<TResult, TData> {
  /** False holds the query back (e.g. nothing selected yet); the result stays loading. */
  enabled?: boolean;
  /** Keep the previous answer on screen while the answer for new variables loads. */
  keep?: boolean;
  /**
   * Derives what the view needs from the answer, once per answer. Pass a
   * stable function (module level or useCallback): a new one each render
   * derives again each render.
   */
  select?: (result: TResult) => TData;
}

/**
 * Runs a typed GraphQL operation through the client's cache: the same
 * document and variables are fetched once and shared by every view that asks,
 * across pages. The request is aborted when no view needs it any more, and a
 * server that is still preparing its data is asked again until it answers.
 */
export function useGql<TResult, TVariables, TData = TResult>(
  document: TypedDocumentString<TResult, TVariables>,
  variables: TVariables,
  options: GqlOptions<TResult, TData> = {},
): QueryResult<TData> {
  return useGqlQuery([document.toString(), variables], ({ signal }) => request(document, variables, { signal }), options);
}

/**
 * The cache and states of {@link useGql} for an answer that takes more than
 * one request (e.g. every page of a list). `key` names the answer: it must
 * change whenever `load` would fetch something else.
 */
export function useGqlQuery<TResult, TData = TResult>(
  key: readonly unknown[],
  load: (context: QueryFunctionContext) => Promise<TResult>,
  { enabled = true, keep = false, select }: GqlOptions<TResult, TData> = {},
): QueryResult<TData> {
  const query = useQuery(
    { queryKey: key, queryFn: load, enabled, select, placeholderData: keep ? keepPreviousData : undefined },
    queryClient,
  );
  const { refetch } = query;
  const retry = useCallback(() => void refetch(), [refetch]);
  return toResult(query, retry);
}

function toResult<TData>(query: UseQueryResult<TData>, retry: () => void): QueryResult<TData> {
  if (query.status === 'success') return { status: 'success', data: query.data, refreshing: query.isPlaceholderData, retry };
  if (query.status === 'error') return { status: 'error', error: query.error, retry };
  return { status: 'loading', preparing: isPreparing(query.failureReason), retry };
}
