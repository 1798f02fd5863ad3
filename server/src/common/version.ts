import type { Context } from './context.js';
import { relation } from './loaders.js';

export type VersionedKind = 'partnership' | 'party' | 'table' | 'network';

/**
 * A record's `version` (optimistic concurrency): from the record when its
 * statement read it, else through a per-request loader (one round trip for
 * every record of the answer).
 */
export async function versionOf(ctx: Context, kind: VersionedKind, id: string, root: { version?: unknown }): Promise<number> {
  if (typeof root.version === 'number') return root.version;
  const [version] = await relation<number>(ctx, `${kind}-version`).load(id);
  return version ?? 1;
}
