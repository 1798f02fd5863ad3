import { onDate, type OnDate } from '../common/dates.js';
import { listSize } from '../common/limits.js';
import type { Reader } from '../common/request-db.js';
import type { Table } from './table.type.js';

/** Reads of governance tables; each keeps the date it was asked on (null: today) for its seats. */
export class TableService {
  constructor(private readonly db: Reader) {}

  async byId(id: string, asOf?: string | null): Promise<(Table & OnDate) | null> {
    const [row] = await this.db.read<{ table: Table }>('explore/table', { id });
    return row ? { ...row.table, asOf: asOf ?? null } : null;
  }

  async list(limit: number | null | undefined, asOf?: string | null): Promise<(Table & OnDate)[]> {
    const rows = await this.db.read<{ table: Table }>('explore/tables', { limit: listSize('limit', limit, 5000, 20_000) });
    return onDate(
      rows.map((r) => r.table),
      asOf,
    );
  }
}
