import type { Db } from '@dsv/neo4j';
import type { MapSettingsValues } from '../map/map-settings.js';

/** Per-request context: the database and this request's DataLoaders. */
export interface Context {
  db: Db;
  /** Settings the client may see. */
  map: MapSettingsValues;
  loaders: Map<string, unknown>;
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
