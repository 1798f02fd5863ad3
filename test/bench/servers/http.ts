/** A GraphQL operation as a client sends it. */
export interface GqlRequest {
  query: string;
  variables?: Record<string, unknown>;
}

/**
 * POSTs an operation and reads the whole answer, as a browser would; throws
 * when the answer is not a 200 without errors, so a broken query can never pass for a fast one.
 */
export async function postGraphQL(url: string, request: GqlRequest): Promise<unknown> {
  const res = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(request),
  });
  const body = (await res.json()) as { data?: unknown; errors?: { message: string }[] };
  if (res.status !== 200 || body.errors)
    throw new Error(`GraphQL ${url} answered ${res.status}: ${JSON.stringify(body.errors ?? body).slice(0, 500)}`);
  return body.data;
}
