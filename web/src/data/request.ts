import type { TypedDocumentString } from './gql/graphql';

/** Where the API answers; the dev and preview servers proxy it to port 4000. */
export const GRAPHQL_ENDPOINT = '/graphql';

/** How long to wait for the API before telling the user it does not answer. */
const TIMEOUT_MS = 15_000;

/**
 * Why a request failed: no answer, an HTTP error, errors in the GraphQL
 * result, or `preparing`: the server is up but still loading its data
 * (HTTP 503 / `SERVICE_UNAVAILABLE`), so asking again later will succeed.
 */
export type RequestErrorKind = 'network' | 'timeout' | 'http' | 'graphql' | 'invalid-response' | 'preparing';

export class RequestError extends Error {
  override readonly name = 'RequestError';

  constructor(
    readonly kind: RequestErrorKind,
    message: string,
    /** `extensions.code` of the first GraphQL error, when the server sent one. */
    readonly code?: string,
    /** Seconds the server asked to wait (`Retry-After`), when it said. */
    readonly retryAfter?: number,
    /** `extensions` of the first GraphQL error (`field` of BAD_USER_INPUT, `current` of CONFLICT). */
    readonly extensions?: Record<string, unknown>,
  ) {
    super(message);
  }
}

interface GraphQLResponse {
  data?: unknown;
  errors?: { message: string; extensions?: { code?: string } & Record<string, unknown> }[];
}

export interface RequestOptions {
  /** Aborts the request, e.g. when no view needs its answer any more. */
  signal?: AbortSignal;
}

/**
 * Sends one typed operation (a query as a GET, see {@link httpRequest}) and returns its `data`.
 * Throws a {@link RequestError} when the server does not answer, is still
 * preparing its data, answers with an HTTP error, or returns GraphQL errors.
 * An abort through `signal` rejects with the browser's own `AbortError`.
 */
export async function request<TResult, TVariables>(
  document: TypedDocumentString<TResult, TVariables>,
  variables?: TVariables,
  options: RequestOptions = {},
): Promise<TResult> {
  const timeout = AbortSignal.timeout(TIMEOUT_MS);
  const signal = options.signal ? AbortSignal.any([options.signal, timeout]) : timeout;

  let response: Response;
  try {
    response = await fetch(...httpRequest(document.toString(), variables, signal));
  } catch (error) {
    if (options.signal?.aborted) throw error;
    if (timeout.aborted) throw new RequestError('timeout', `No answer within ${TIMEOUT_MS / 1000} s`);
    throw new RequestError('network', error instanceof Error ? error.message : String(error));
  }

  const body = await readJson(response);
  const first = body?.errors?.[0];
  const code = first?.extensions?.code;
  if (response.status === 503 || code === 'SERVICE_UNAVAILABLE') {
    const message = first?.message ?? `HTTP ${response.status}`;
    throw new RequestError('preparing', message, code, retryAfterSeconds(response));
  }
  if (first) throw new RequestError('graphql', first.message, code, undefined, first.extensions);
  if (!response.ok) throw new RequestError('http', `HTTP ${response.status} ${response.statusText}`.trim());
  if (body?.data == null) throw new RequestError('invalid-response', 'The response has no data');
  return body.data as TResult;
}

/** Longest query string sent as a GET; longer ones go as a POST (servers limit the request line). */
const MAX_GET_URL = 4096;

/**
 * A query goes as a GET: the server answers it with an ETag of its data
 * version, and the browser asks again with If-None-Match (`cache:
 * 'no-cache'`) and reuses its copy on a 304, so a revisit costs no answer.
 * The `apollo-require-preflight` header is what Apollo's CSRF prevention asks
 * of a GET. Mutations, and queries too long for a URL, go as a JSON POST.
 */
function httpRequest(query: string, variables: unknown, signal: AbortSignal): [string, RequestInit] {
  if (!/^\s*mutation\b/.test(query)) {
    const params = new URLSearchParams({ query });
    if (variables !== undefined) params.set('variables', JSON.stringify(variables));
    const url = `${GRAPHQL_ENDPOINT}?${params.toString()}`;
    if (url.length <= MAX_GET_URL) {
      return [
        url,
        { method: 'GET', headers: { accept: 'application/json', 'apollo-require-preflight': 'true' }, cache: 'no-cache', signal },
      ];
    }
  }
  return [
    GRAPHQL_ENDPOINT,
    {
      method: 'POST',
      headers: { 'content-type': 'application/json', accept: 'application/json' },
      body: JSON.stringify({ query, variables }),
      signal,
    },
  ];
}

/** True for the answer of a server that is still loading its data. */
export function isPreparing(error: unknown): error is RequestError {
  return error instanceof RequestError && error.kind === 'preparing';
}

/** Parses a JSON body; `undefined` when there is none or it is not JSON. */
async function readJson(response: Response): Promise<GraphQLResponse | undefined> {
  try {
    return (await response.json()) as GraphQLResponse;
  } catch {
    return undefined;
  }
}

/** `Retry-After` in seconds (the delta form; a date form is ignored). */
function retryAfterSeconds(response: Response): number | undefined {
  const value = Number(response.headers.get('retry-after'));
  return Number.isFinite(value) && value > 0 ? value : undefined;
}
