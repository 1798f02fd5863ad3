import { createHash } from 'node:crypto';
import { LRUCache } from 'lru-cache';
import { today } from '../common/dates.js';
import type { GraphqlExecutor, GraphqlReply, GraphqlRequest } from './executor.js';

/** Where the data version comes from (data-version.ts). */
export interface VersionSource {
  current(): Promise<string>;
}

/** How a request met the cache, in the `x-cache` header and the request log. */
export type CacheOutcome = 'hit' | 'miss' | 'bypass';

const header = (request: GraphqlRequest, name: string) => request.headers.find(([key]) => key === name)?.[1];

/**
 * Only anonymous requests share answers (a signed-in user's may differ), and
 * only those that Apollo's CSRF prevention lets through without looking:
 * a JSON POST, or a GET with a header that forces a preflight. The key is
 * the method and the operation (body or query string).
 */
function keyOf(request: GraphqlRequest): string | undefined {
  if (header(request, 'cookie') !== undefined || header(request, 'authorization') !== undefined) return undefined;
  if (request.method === 'POST') {
    const type = header(request, 'content-type') ?? '';
    if (!/^application\/(graphql-response\+)?json\b/i.test(type) || request.body === undefined) return undefined;
    return `POST ${JSON.stringify(request.body)}`;
  }
  if (request.method === 'GET' && (header(request, 'apollo-require-preflight') || header(request, 'x-apollo-operation-name'))) {
    return `GET ${request.search}`;
  }
  return undefined;
}

const etagOf = (version: string, key: string) =>
  `"${createHash('sha256').update(version).update('\n').update(key).digest('base64url').slice(0, 27)}"`;

/**
 * Answers of queries, kept per (operation, variables, data version, day): between
 * two writes every answer is fixed, so a room full of users asking the same
 * analytics costs one computation. Bounded by `maxBytes` (least recently used
 * first out); concurrent identical misses share one computation; a write
 * bumps the data version and so the next read computes anew, in every
 * process that shares the database. Each cacheable answer carries an ETag of
 * its data version; a GET with a matching If-None-Match gets 304.
 */
export function cachingExecutor(inner: GraphqlExecutor, versions: VersionSource, maxBytes: number): GraphqlExecutor {
  const kept = new LRUCache<string, GraphqlReply>({
    maxSize: maxBytes,
    sizeCalculation: (reply) => Math.max(1, reply.body.length * 2 + 256),
  });
  const computing = new Map<string, { computation: { waiting: number; stop: AbortController }; reply: Promise<GraphqlReply> }>();

  // A GET answer may be kept by the browser, which must ask again (with its ETag) before using it.
  const tagged = (reply: GraphqlReply, outcome: CacheOutcome, etag?: string): GraphqlReply => ({
    ...reply,
    headers: [
      ...reply.headers,
      ['x-cache', outcome],
      ...(etag
        ? ([
            ['etag', etag],
            ['cache-control', 'no-cache'],
          ] as [string, string][])
        : []),
    ],
    facts: { ...reply.facts, cache: outcome },
  });

  return {
    async run(request, clientGone) {
      const key = keyOf(request);
      if (key === undefined) return tagged(await inner.run(request, clientGone), 'bypass');
      // Without a version (the database does not answer) nothing is shared: the request runs and says what is wrong.
      const version = await versions.current().catch(() => undefined);
      if (version === undefined) return tagged(await inner.run(request, clientGone), 'bypass');
      // An answer without an asOf is that of today (DESIGN.md §9.3): it is kept for today only.
      const day = today();
      const entry = `${version}\n${day}\n${key}`;
      const etag = etagOf(`${version}\n${day}`, key);
      const hit = kept.get(entry);
      if (hit) {
        if (request.method === 'GET' && header(request, 'if-none-match') === etag)
          return { ...tagged(hit, 'hit', etag), status: 304, body: '' };
        return tagged(hit, 'hit', etag);
      }
      let shared = computing.get(entry);
      if (!shared) {
        const computation = { waiting: 0, stop: new AbortController() };
        shared = { computation, reply: inner.run(request, computation.stop.signal).finally(() => computing.delete(entry)) };
        computing.set(entry, shared);
      }
      // One computation for everyone who asks meanwhile: it stops when the last of them has gone away.
      const { computation } = shared;
      computation.waiting += 1;
      const onGone = () => {
        computation.waiting -= 1;
        if (computation.waiting === 0) computation.stop.abort('client-gone');
      };
      clientGone.addEventListener('abort', onGone, { once: true });
      const reply = await shared.reply.finally(() => clientGone.removeEventListener('abort', onGone));
      if (reply.status === 200 && reply.facts.cacheable) {
        kept.set(entry, reply);
        return tagged(reply, 'miss', etag);
      }
      return tagged(reply, 'miss');
    },
    stop: () => inner.stop(),
    threads: inner.threads?.bind(inner),
  };
}
