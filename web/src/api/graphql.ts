/** Where the API answers; the dev and preview servers proxy it to port 4000. */
export const GRAPHQL_ENDPOINT = '/graphql';

/** How long to wait for the API before telling the user it does not answer. */
const TIMEOUT_MS = 15_000;

/** Why a request failed: no answer, an HTTP error, or errors in the GraphQL result. */
export type RequestErrorKind = 'network' | 'timeout' | 'http' | 'graphql' | 'invalid-response';

export class RequestError extends Error {
  override readonly name = 'RequestError';

  constructor(
    readonly kind: RequestErrorKind,
    message: string,
    /** `extensions.code` of the first GraphQL error, when the server sent one. */
    readonly code?: string,
  ) {
    super(message);
  }
}

interface GraphQLError {
  message: string;
  extensions?: { code?: string };
}

interface GraphQLResponse<TData> {
  data?: TData | null;
  errors?: GraphQLError[];
}

export type Variables = Record<string, unknown>;

export interface RequestOptions {
  /** Aborts the request, e.g. when the component that asked unmounts. */
  signal?: AbortSignal;
}

/**
 * Sends one GraphQL operation as a JSON POST and returns its `data`.
 * Throws a {@link RequestError} when the server does not answer, answers with
 * an HTTP error, or returns GraphQL errors. An abort through `signal` rejects
 * with the browser's own `AbortError`, which callers can ignore.
 */
export async function request<TData, TVariables extends Variables = Variables>(
  query: string,
  variables?: TVariables,
  options: RequestOptions = {},
): Promise<TData> {
  const timeout = AbortSignal.timeout(TIMEOUT_MS);
  const signal = options.signal ? AbortSignal.any([options.signal, timeout]) : timeout;

  let response: Response;
  try {
    response = await fetch(GRAPHQL_ENDPOINT, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        accept: 'application/json',
      },
      body: JSON.stringify({ query, variables }),
      signal,
    });
  } catch (error) {
    if (options.signal?.aborted) throw error;
    if (timeout.aborted) throw new RequestError('timeout', `No answer within ${TIMEOUT_MS / 1000} s`);
    throw new RequestError('network', error instanceof Error ? error.message : String(error));
  }

  const body = await readJson<TData>(response);
  const first = body?.errors?.[0];
  if (first) throw new RequestError('graphql', first.message, first.extensions?.code);
  if (!response.ok) throw new RequestError('http', `HTTP ${response.status} ${response.statusText}`.trim());
  if (body?.data == null) throw new RequestError('invalid-response', 'The response has no data');
  return body.data;
}

/** Parses a JSON body; `undefined` when there is none or it is not JSON. */
async function readJson<TData>(response: Response): Promise<GraphQLResponse<TData> | undefined> {
  try {
    return (await response.json()) as GraphQLResponse<TData>;
  } catch {
    return undefined;
  }
}
