import type { Reader } from '../common/request-db.js';
import { NotFoundError, UserInputError } from '../common/errors.js';
import { listSize, MAX_LIST, numberIn } from '../common/limits.js';
import type {
  AreaCrowding,
  NetworkIntersection,
  NetworkPair,
  OverlapBasis,
  PartyLoad,
  Peer,
  ProvinceCrowding,
  TablePair,
} from './analytics.type.js';
import { withIntersections } from './intersections.js';

/** Each analytic is one Cypher statement (DESIGN.md §4); arguments are checked before it runs. */
export class AnalyticsService {
  constructor(private readonly db: Reader) {}

  networkOverlap(basis: OverlapBasis): Promise<NetworkPair[]> {
    return this.db.read<NetworkPair>(`analytics/overlap-${basis.toLowerCase()}`);
  }

  async networkIntersections(basis: OverlapBasis): Promise<NetworkIntersection[]> {
    return withIntersections(
      await this.db.read<{ networks: string[]; exclusive: number }>(`analytics/intersections-${basis.toLowerCase()}`),
    );
  }

  crowding(top: number | null | undefined, province: string | null | undefined): Promise<AreaCrowding[]> {
    return this.db.read<AreaCrowding>('analytics/crowding', { top: listSize('top', top, MAX_LIST), province: province ?? null });
  }

  crowdingByProvince(): Promise<ProvinceCrowding[]> {
    return this.db.read<ProvinceCrowding>('analytics/crowding-provinces');
  }

  async peersNearby(id: string, radiusKm: number, limit: number | null | undefined): Promise<Peer[]> {
    const params = { id, radiusKm: numberIn('radiusKm', radiusKm, 0, 500, true), limit: listSize('limit', limit, 50, 500) };
    const peers = await this.db.read<Peer>('analytics/peers-nearby', params);
    if (peers.length === 0) {
      const [row] = await this.db.read<{ partnership: { location: unknown } }>('explore/partnership', { id });
      if (!row) throw new NotFoundError('Partnership', id);
      if (!row.partnership.location)
        throw new UserInputError(`Partnership "${id}" has no location, so it has no peers nearby.`, 'partnershipId');
    }
    return peers;
  }

  duplicateTables(minJaccard: number, limit: number | null | undefined): Promise<TablePair[]> {
    return this.db.read<TablePair>('analytics/duplicate-tables', {
      minJaccard: numberIn('minJaccard', minJaccard, 0, 1, true),
      limit: listSize('limit', limit, MAX_LIST),
    });
  }

  partyLoad(top: number | null | undefined): Promise<PartyLoad[]> {
    return this.db.read<PartyLoad>('analytics/party-load', { top: listSize('top', top, MAX_LIST) });
  }
}
