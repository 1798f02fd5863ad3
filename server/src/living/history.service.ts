import type { Context } from '../common/context.js';
import { listSize } from '../common/limits.js';
import type { Change } from './living.types.js';

export interface ChangeFilter {
  entityId?: string | null;
  by?: string | null;
  since?: Date | null;
  first?: number | null;
  entity?: string | null;
  action?: string | null;
  network?: string | null;
  province?: string | null;
  /** A region's code, of any type (regions(type)). */
  region?: string | null;
}

/** Reads the append-only history; nothing here (or anywhere) changes or deletes a Change. */
export class HistoryService {
  constructor(private readonly ctx: Context) {}

  async changes(f: ChangeFilter): Promise<Change[]> {
    const signedIn = this.ctx.user !== null;
    const rows = await this.ctx.db.read<{ change: Change }>('history/changes', {
      entityId: f.entityId ?? null,
      // Who changed what is for signed-in users: an anonymous filter on it would reveal it.
      by: signedIn ? (f.by?.trim().toLowerCase() ?? null) : null,
      since: f.since ? f.since.toISOString() : null,
      entity: f.entity ?? null,
      action: f.action ?? null,
      network: f.network ?? null,
      province: f.province ?? null,
      region: f.region ?? null,
      first: listSize('first', f.first, 100, 1000),
    });
    return rows.map(({ change }) => ({ ...change, by: signedIn ? change.by : null }));
  }
}
