import type { Municipality } from '../gazetteer/index.js';
import { describe } from './describe.js';
import { detail } from './details.js';
import { allMunicipalities, shortName } from './geo.js';
import type { LocalParties } from './local-parties.js';
import { members } from './members.js';
import { type IdPool, slug, type Membership, type Partnership, type PartnershipPlan } from './model.js';
import { uniqueName, type NameKind } from './naming.js';
import type { NetworkKey } from './networks.js';
import type { PartyRegistry } from './parties.js';
import type { Random } from './random.js';

/**
 * The date of the report's network table (DESIGN.md §1): every partnership it
 * counts is valid on this day, in exactly the networks it counts it in.
 */
export const REPORT_DATE = '2021-12-31';

/** Later starts and ends are drawn up to this day, well before the data is looked at. */
const LATEST = '2025-12-31';

/** A validity period (DESIGN.md §9.3): ISO dates, half-open; null is an open bound. */
export interface Period {
  validFrom: string | null;
  validTo: string | null;
}

/** The dates of the illustrative data, per record. */
export interface Dates {
  partnerships: Map<string, Period>;
  /** Per partnership, per network key: the dated entries of its networks. */
  networks: Map<string, Map<string, Period>>;
  /** Per `partnershipId › partyId`. */
  memberships: Map<string, Period>;
}

const DAY_MS = 86_400_000;
const toDay = (iso: string) => Date.parse(`${iso}T00:00:00Z`) / DAY_MS;
const toIso = (day: number) => new Date(day * DAY_MS).toISOString().slice(0, 10);
const plusDays = (iso: string, days: number) => toIso(toDay(iso) + days);
const earlier = (a: string, b: string) => (a < b ? a : b);

/** A day in [from, to], or null when the range is empty. */
function dayIn(random: Random, from: string, to: string): string | null {
  return from > to ? null : toIso(random.int(toDay(from), toDay(to)));
}

/**
 * Prevention agreements and GezondIn networks that started after the report:
 * new municipalities, so the report's table still holds on its date while
 * the counts of today have grown.
 */
const LATER: { networks: NetworkKey[]; count: number; names: NameKind[] }[] = [
  { networks: ['lpa'], count: 5, names: ['lpa'] },
  { networks: ['gezondin', 'lpa'], count: 2, names: ['gezondin-town', 'lpa'] },
];

/**
 * Partnerships started in 2022–2024, after the report, in municipalities that
 * had no prevention agreement yet; with members as every partnership has them.
 */
export function laterPartnerships(
  existing: Partnership[],
  ids: IdPool,
  local: LocalParties,
  parties: PartyRegistry,
  random: Random,
): { partnerships: Partnership[]; memberships: Membership[]; starts: Map<string, string> } {
  const taken = new Set(existing.map((p) => p.name));
  const used = new Set(existing.filter((p) => p.networks.includes('lpa')).flatMap((p) => p.places.map((m) => m.code)));
  const free: Municipality[] = random.shuffle(allMunicipalities().filter((m) => !used.has(m.code)));
  const starts = new Map<string, string>();
  const partnerships = LATER.flatMap((combo) =>
    free.splice(0, combo.count).map((m) => {
      const plan: PartnershipPlan = {
        name: uniqueName(random, taken, shortName(m), ...combo.names, 'lpa'),
        networks: combo.networks,
        scope: 'municipal',
        at: m,
        places: [m],
      };
      const p = detail(plan, ids.take(slug(plan.name)), random);
      const start = dayIn(random, '2022-01-15', '2024-11-30')!;
      // Young partnerships: founding or a shared vision, started the year of their first day.
      p.startYear = Number(start.slice(0, 4));
      p.phase = random.chance(0.5) ? 1 : 2;
      p.description = describe(p);
      starts.set(p.id, start);
      return p;
    }),
  );
  return { partnerships, memberships: partnerships.flatMap((p) => members(p, local, parties, random)), starts };
}

/**
 * Plausible dates for every partnership, network entry and membership. The
 * report's partnerships start in their start year (on or before the report's
 * date) and some ended after it; a partnership in several networks often
 * joined its later ones later (still before the report); a few left a network
 * after the report; some members joined after the partnership began, and a few
 * left. So on REPORT_DATE every network has exactly its reported count, and
 * today's counts differ by the ends and the later starts.
 */
export function drawDates(partnerships: Partnership[], memberships: Membership[], later: Map<string, string>, random: Random): Dates {
  const dates: Dates = { partnerships: new Map(), networks: new Map(), memberships: new Map() };
  for (const p of partnerships) {
    const start = later.get(p.id);
    const validFrom =
      start ?? (p.startYear === null ? null : dayIn(random, `${p.startYear}-01-01`, earlier(`${p.startYear}-12-31`, REPORT_DATE)));
    const ended = !start && random.chance(0.05);
    dates.partnerships.set(p.id, { validFrom, validTo: ended ? dayIn(random, '2022-02-01', LATEST) : null });

    const networks = new Map<string, Period>();
    p.networks.forEach((key, i) => {
      // A later network joined later, still before the report (a new partnership joined all at once).
      const joined = !start && i > 0 && random.chance(0.6) ? dayIn(random, plusDays(validFrom ?? '2019-01-01', 30), REPORT_DATE) : null;
      const left = !start && !ended && random.chance(0.04) ? dayIn(random, '2022-03-01', LATEST) : null;
      if (joined || left) networks.set(key, { validFrom: joined, validTo: left });
    });
    if (networks.size > 0) dates.networks.set(p.id, networks);
  }
  for (const m of memberships) {
    const p = dates.partnerships.get(m.partnershipId)!;
    // The lead party was there from the start and stays.
    if (m.role === 'trekker' || p.validFrom === null) continue;
    const joined = random.chance(0.12)
      ? dayIn(random, plusDays(p.validFrom, 60), earlier(plusDays(p.validFrom, 4 * 365), '2025-06-30'))
      : null;
    const left = random.chance(0.05) ? dayIn(random, plusDays(joined ?? p.validFrom, 90), LATEST) : null;
    if (joined || left) dates.memberships.set(`${m.partnershipId} › ${m.partyId}`, { validFrom: joined, validTo: left });
  }
  return dates;
}
