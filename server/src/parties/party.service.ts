import type { Reader } from '../common/request-db.js';
import type { OnDate } from '../common/dates.js';
import type { Party } from './party.type.js';

/** Reads of one party; its analytics live in AnalyticsService. */
export class PartyService {
  constructor(private readonly db: Reader) {}

  /** The party, keeping `asOf` (null: today) as the date of its relations; null for an unknown id. */
  async byId(id: string, asOf?: string | null): Promise<(Party & OnDate) | null> {
    const [row] = await this.db.read<{ party: Party }>('explore/party', { id });
    return row ? { ...row.party, asOf: asOf ?? null } : null;
  }
}
