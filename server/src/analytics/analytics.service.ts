import { dateParam } from '@dsv/neo4j';
import { asOfParam } from '../common/dates.js';
import type { Reader } from '../common/request-db.js';
import type { RegionType } from '../regions/region.type.js';
import { NotFoundError, UserInputError } from '../common/errors.js';
import { listSize, MAX_LIST, numberIn } from '../common/limits.js';
import type { PartnershipFilter } from '../partnerships/partnership.input.js';
import { filterParams } from '../partnerships/partnership.service.js';
import type {
  AreaCrowding,
  CrowdingChange,
  DomainLoad,
  NetworkChange,
  NetworkIntersection,
  NetworkPair,
  OverlapBasis,
  PartyLoad,
  PartyReach,
  Peer,
  ProvinceCrowding,
  TablePair,
} from './analytics.type.js';
import { detectCommunities, type CommunityGraphRow } from './communities.js';
import type { Communities } from './community.type.js';
import type { NetworkCoverage } from './coverage.type.js';
import { withIntersections } from './intersections.js';

type Filter = PartnershipFilter | null | undefined;
/** A date of DESIGN.md §9.3, yyyy-mm-dd; absent = today. */
type AsOf = string | null | undefined;

/** Largest seed of the community detection (a 32-bit whole number keeps links short). */
export const MAX_SEED = 2 ** 31 - 1;

/** Each analytic is one Cypher statement (DESIGN.md §4); arguments are checked before it runs. */
export class AnalyticsService {
  constructor(private readonly db: Reader) {}

  /** The pairs of §4 over the networks' sets built from the partnerships that pass the filter (§9.4). */
  networkOverlap(basis: OverlapBasis, filter: Filter, asOf?: AsOf): Promise<NetworkPair[]> {
    return this.db.read<NetworkPair>(`analytics/overlap-${basis.toLowerCase()}`, filterParams(filter, asOf));
  }

  async networkIntersections(basis: OverlapBasis, filter: Filter, asOf?: AsOf): Promise<NetworkIntersection[]> {
    return withIntersections(
      await this.db.read<{ networks: string[]; exclusive: number }>(
        `analytics/intersections-${basis.toLowerCase()}`,
        filterParams(filter, asOf),
      ),
    );
  }

  async crowding(top: number | null | undefined, province: string | null | undefined, asOf?: AsOf): Promise<AreaCrowding[]> {
    const rows = await this.db.read<AreaCrowding>('analytics/crowding', {
      top: listSize('top', top, MAX_LIST),
      province: province ?? null,
      asOf: asOfParam(asOf),
    });
    // The province median it is compared with is that of the same date.
    return rows.map((row) => ({ ...row, asOf: asOf ?? null }));
  }

  crowdingByProvince(asOf?: AsOf): Promise<ProvinceCrowding[]> {
    return this.db.read<ProvinceCrowding>('analytics/crowding-provinces', { asOf: asOfParam(asOf) });
  }

  /** The crowding index per municipality, or per region of `type`, on both dates; by |delta| desc, then code. */
  crowdingChange(from: string, to: string, type: RegionType | null | undefined): Promise<CrowdingChange[]> {
    const dates = { from: dateParam(from), to: dateParam(to) };
    if (type) return this.db.read<CrowdingChange>('analytics/region-crowding-change', { ...dates, type });
    return this.db.read<CrowdingChange>('analytics/crowding-change', dates);
  }

  /** Per network, the partnerships that joined and left between the dates; by network key. */
  networkChange(from: string, to: string): Promise<NetworkChange[]> {
    return this.db.read<NetworkChange>('analytics/network-change', { from: dateParam(from), to: dateParam(to) });
  }

  async peersNearby(id: string, radiusKm: number, limit: number | null | undefined, asOf?: AsOf): Promise<Peer[]> {
    const params = {
      id,
      radiusKm: numberIn('radiusKm', radiusKm, 0, 500, true),
      limit: listSize('limit', limit, 50, 500),
      asOf: asOfParam(asOf),
    };
    // Its partnerships keep the date, for their own relations.
    const peers = (await this.db.read<Peer>('analytics/peers-nearby', params)).map((peer) => ({
      ...peer,
      partnership: { ...peer.partnership, asOf: asOf ?? null },
    }));
    if (peers.length === 0) {
      const [row] = await this.db.read<{ partnership: { location: unknown } }>('explore/partnership', { id });
      if (!row) throw new NotFoundError('Partnership', id);
      if (!row.partnership.location)
        throw new UserInputError(`Partnership "${id}" has no location, so it has no peers nearby.`, 'partnershipId');
    }
    return peers;
  }

  duplicateTables(minJaccard: number, limit: number | null | undefined, max = MAX_LIST, asOf?: AsOf): Promise<TablePair[]> {
    return this.db.read<TablePair>('analytics/duplicate-tables', {
      minJaccard: numberIn('minJaccard', minJaccard, 0, 1, true),
      limit: listSize('limit', limit, max, max),
      asOf: asOfParam(asOf),
    });
  }

  /** The pairs of duplicateTables(minJaccard) at both of whose tables the party sits, same order. */
  partyDuplicateTables(partyId: string, minJaccard: number, limit: number | null | undefined, asOf?: AsOf): Promise<TablePair[]> {
    return this.db.read<TablePair>('analytics/party-duplicate-tables', {
      id: partyId,
      minJaccard: numberIn('minJaccard', minJaccard, 0, 1, true),
      limit: listSize('limit', limit, MAX_LIST),
      asOf: asOfParam(asOf),
    });
  }

  /** The party's load on `asOf` against its domain; null for an unknown party. */
  async domainLoad(partyId: string, asOf?: AsOf): Promise<DomainLoad | null> {
    const [row] = await this.db.read<DomainLoad>('analytics/party-domain-load', { id: partyId, asOf: asOfParam(asOf) });
    return row ?? null;
  }

  async partyReach(top: number | null | undefined, filter: Filter, asOf?: AsOf): Promise<PartyReach[]> {
    const rows = await this.db.read<PartyReach>('analytics/party-reach', {
      ...filterParams(filter, asOf),
      top: listSize('top', top, 50, MAX_LIST),
    });
    return rows.map((row) => ({ ...row, party: { ...row.party, asOf: asOf ?? null } }));
  }

  async communities(filter: Filter, seed: number, asOf?: AsOf): Promise<Communities> {
    if (!Number.isInteger(seed) || seed < 0 || seed > MAX_SEED)
      throw new UserInputError(`Argument "seed" must be a whole number from 0 to ${MAX_SEED} (got ${seed}).`, 'seed');
    const [row] = await this.db.read<CommunityGraphRow>('analytics/community-graph', filterParams(filter, asOf));
    return detectCommunities(row ?? { partnerships: [], parties: [] }, seed);
  }

  /** Per network, its partnerships on `asOf` lacking each core domain among their members then. */
  coverage(asOf?: AsOf): Promise<NetworkCoverage[]> {
    return this.db.read<NetworkCoverage>('analytics/coverage', { asOf: asOfParam(asOf) });
  }

  async partyLoad(top: number | null | undefined, asOf?: AsOf): Promise<PartyLoad[]> {
    const rows = await this.db.read<PartyLoad>('analytics/party-load', { top: listSize('top', top, MAX_LIST), asOf: asOfParam(asOf) });
    // Its parties keep the date, for their own relations.
    return rows.map((row) => ({ ...row, party: { ...row.party, asOf: asOf ?? null } }));
  }
}
