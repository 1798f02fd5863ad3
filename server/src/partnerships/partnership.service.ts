import { dateParam } from '@dsv/neo4j';
import type { Reader } from '../common/request-db.js';
import { asOfParam, onDate, type OnDate } from '../common/dates.js';
import { UserInputError } from '../common/errors.js';
import { listSize, MAX_LIST } from '../common/limits.js';
import type { PartnershipFilter } from './partnership.input.js';
import type { PartnershipPage } from './partnership-page.type.js';
import type { MapPoint } from './map-point.type.js';
import type { Partnership } from './partnership.type.js';
import type { Include, Relations } from './partnership.relations.js';

export const MAX_MAP_POINTS = 100_000;

/** The core domains every partnership should have (DESIGN.md §1). */
export const CORE_DOMAINS = ['care', 'social', 'financier', 'citizens'] as const;

/** Which core domains a set of member domains lacks; any financier-* counts as a financier. */
export function missingDomains(memberDomains: string[]): string[] {
  const present = new Set(memberDomains.map((d) => (d.startsWith('financier-') ? 'financier' : d)));
  return CORE_DOMAINS.filter((d) => !present.has(d));
}

const cursorOf = (offset: number) => Buffer.from(`offset:${offset}`).toString('base64url');

/** Longer than any cursor this API gives out (offsets stay below a billion). */
const MAX_CURSOR_LENGTH = 32;

function offsetOf(cursor: string | null | undefined): number {
  if (!cursor) return 0;
  const match = cursor.length <= MAX_CURSOR_LENGTH ? /^offset:(\d{1,9})$/.exec(Buffer.from(cursor, 'base64url').toString('utf8')) : null;
  if (!match) throw new UserInputError('Argument "after" is not a cursor this API gave out.', 'after');
  return Number(match[1]);
}

const emptyToNull = <T>(list: T[] | null | undefined): T[] | null => (list && list.length > 0 ? list : null);

/**
 * The Cypher parameters of a filter: absent or empty lists mean "any". `$asOf`
 * is the date the partnerships, their networks and members must be valid on
 * (DESIGN.md §9.3): the one given, or today.
 */
export function filterParams(filter: PartnershipFilter | null | undefined, asOf?: string | null): Record<string, unknown> {
  const missing = emptyToNull(filter?.missingDomains);
  const unknown = missing?.find((d) => !(CORE_DOMAINS as readonly string[]).includes(d));
  if (unknown) throw new UserInputError(`Filter "missingDomains" takes ${CORE_DOMAINS.join(', ')} (got "${unknown}").`, 'missingDomains');
  return {
    networks: emptyToNull(filter?.networks),
    themes: emptyToNull(filter?.themes),
    phases: emptyToNull(filter?.phases),
    domains: emptyToNull(filter?.domains),
    provinces: emptyToNull(filter?.provinces),
    municipalities: emptyToNull(filter?.municipalities),
    regions: emptyToNull(filter?.regions),
    text: filter?.text?.trim().toLowerCase() || null,
    minNetworks: filter?.minNetworks ?? null,
    missingDomains: missing,
    asOf: asOfParam(asOf),
  };
}

/** At most this many dates per activeCounts question. */
export const MAX_DATES = 200;

export class PartnershipService {
  constructor(private readonly db: Reader) {}

  /**
   * One partnership and the relations `include` asks for, those of `asOf` (default today), in
   * one statement; null when the id is unknown. The partnership keeps the date for its relations.
   */
  async detail(
    id: string,
    include: Include,
    asOf?: string | null,
  ): Promise<{ partnership: Partnership & OnDate; relations: Relations } | null> {
    const [row] = await this.db.read<{ partnership: Partnership; relations: Relations }>('explore/partnership-detail', {
      id,
      include,
      asOf: asOfParam(asOf),
    });
    return row ? { partnership: { ...row.partnership, asOf: asOf ?? null }, relations: row.relations } : null;
  }

  /** A page of matches and, per node (same order), the relations `include` asks for, in one statement. */
  async page(
    filter: PartnershipFilter | null | undefined,
    first: number | null | undefined,
    after: string | null | undefined,
    include: Include,
    asOf?: string | null,
  ): Promise<{ page: PartnershipPage; relations: Relations[] }> {
    const size = listSize('first', first, 50, MAX_LIST);
    const offset = offsetOf(after);
    const [row] = await this.db.read<{ totalCount: number; nodes: Partnership[]; relations: Relations[] }>('explore/partnerships', {
      ...filterParams(filter, asOf),
      offset,
      first: size,
      include,
    });
    const totalCount = row?.totalCount ?? 0;
    const nodes = onDate(row?.nodes ?? [], asOf);
    const end = offset + nodes.length;
    return {
      page: { nodes, totalCount, pageInfo: { endCursor: nodes.length > 0 ? cursorOf(end) : null, hasNextPage: end < totalCount } },
      relations: row?.relations ?? [],
    };
  }

  /** Per date, in the order given: the partnerships that pass the filter on it (DESIGN.md §9.3). */
  async activeCounts(dates: string[], filter: PartnershipFilter | null | undefined): Promise<number[]> {
    if (dates.length > MAX_DATES)
      throw new UserInputError(`Argument "dates" takes at most ${MAX_DATES} dates (got ${dates.length}).`, 'dates');
    // The statement binds the filter's date to each of the dates (its #bind line): no $asOf of its own.
    const rows = await this.db.read<{ i: number; active: number }>('explore/active-counts', {
      ...filterParams(filter),
      dates: dates.map((d) => dateParam(d)),
    });
    return rows.map((r) => r.active);
  }

  /** Light points for the map: every matching partnership that has a location (at most 100,000). */
  mapPoints(filter: PartnershipFilter | null | undefined, asOf?: string | null): Promise<MapPoint[]> {
    return this.db.read<MapPoint>('explore/map-points', { ...filterParams(filter, asOf), limit: MAX_MAP_POINTS });
  }
}
