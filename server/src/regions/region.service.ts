import type { Reader } from '../common/request-db.js';
import type { Municipality } from '../municipalities/municipality.type.js';
import type { PartnershipFilter } from '../partnerships/partnership.input.js';
import { filterParams } from '../partnerships/partnership.service.js';
import type { Region, RegionCrowding, RegionType } from './region.type.js';

/** Regions and crowding per region (DESIGN.md §9.1), one statement each. */
export class RegionService {
  constructor(private readonly db: Reader) {}

  /** The regions of one type by code, each with its municipalities. */
  regions(type: RegionType): Promise<{ region: Region; municipalities: Municipality[] }[]> {
    return this.db.read('regions/list', { type });
  }

  /** Crowding per region, by index desc, then code. */
  crowding(type: RegionType, filter: PartnershipFilter | null | undefined, asOf?: string | null): Promise<RegionCrowding[]> {
    return this.db.read<RegionCrowding>('analytics/region-crowding', { ...filterParams(filter, asOf), type });
  }
}
