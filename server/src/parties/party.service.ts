import type { Reader } from '../common/request-db.js';

/** Reads of one party; its analytics live in AnalyticsService. */
export class PartyService {
  constructor(private readonly db: Reader) {}

  async byId(id: string): Promise<{ id: string; name: string; domain: string; municipality: string | null } | null> {
    const [row] = await this.db.read<{ party: { id: string; name: string; domain: string; municipality: string | null } }>(
      'explore/party',
      { id },
    );
    return row?.party ?? null;
  }
}
