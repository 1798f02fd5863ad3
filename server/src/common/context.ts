import type { Db } from '@dsv/neo4j';
import type { AuthConfig } from '../config.js';
import type { CurrentUser } from '../auth/current-user.js';
import type { MapSettingsValues } from '../map/map-settings.js';
import type { RequestFacts } from '../http/request-log.js';
import type { Reader, RequestBudget } from './request-db.js';

/** Per-request context: this request's database reads, its DataLoaders and what the request log should know. */
export interface Context {
  /** Reads with the transaction timeout, stopped when the request's budget runs out or its client goes away. */
  db: Reader;
  /** Aborts when the request's time budget runs out or its client goes away. */
  signal: AbortSignal;
  /** The request's time budget: every field asks it before resolving (field-guard.ts). */
  budget: RequestBudget;
  /** Settings the client may see. */
  map: MapSettingsValues;
  loaders: Map<string, unknown>;
  facts: RequestFacts;
  /** The signed-in user (from the request's session cookie), or null. */
  user: CurrentUser | null;
  /** Writes (mutations): whole transactions on the database. */
  store: Db;
  auth: AuthConfig;
}

/** A loader made once per request, on first use. */
export function loader<T>(ctx: Context, key: string, make: () => T): T {
  let existing = ctx.loaders.get(key) as T | undefined;
  if (existing === undefined) {
    existing = make();
    ctx.loaders.set(key, existing);
  }
  return existing;
}
