import { queryClient } from './client';
import type { TypedDocumentString } from './gql/graphql';
import { request } from './request';

/**
 * Runs a mutation, then marks every cached answer stale: a write can change
 * any list, count or analytic, so views ask again instead of showing what
 * was true before it.
 */
export async function mutate<TResult, TVariables>(
  document: TypedDocumentString<TResult, TVariables>,
  variables: TVariables,
): Promise<TResult> {
  const result = await request(document, variables);
  await queryClient.invalidateQueries();
  return result;
}

/** After signing in or out: every answer may differ for the new user. */
export async function forgetAnswers(): Promise<void> {
  await queryClient.resetQueries();
}
