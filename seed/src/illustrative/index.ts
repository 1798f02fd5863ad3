import type { RawDataset, RawRow } from '../format/columns.js';
import { LIST_SEPARATOR } from '../format/columns.js';
import { drawDates, laterPartnerships, type Period } from './dates.js';
import { detail } from './details.js';
import { initiatives } from './initiatives.js';
import { LocalParties } from './local-parties.js';
import { members } from './members.js';
import { IdPool, slug, type Partnership } from './model.js';
import { NETWORKS } from './networks.js';
import { PartyRegistry } from './parties.js';
import { planPartnerships } from './plan.js';
import { Random } from './random.js';
import { governanceTables } from './tables.js';

export const DEFAULT_SEED = 2021;

/**
 * A generated dataset in the import format that reads like the field the
 * 2022 ZonMw exploration describes: the seven networks with exactly their
 * reported counts and overlaps, the partnerships the report names in their
 * regions, and plausible partnerships, parties and governance tables in real
 * municipalities for the rest. Illustrative, not real: every partnership's
 * `source` says so. Dated (DESIGN.md §9.3): the table holds on 2021-12-31; some
 * partnerships, network entries and members ended since, and a few prevention
 * agreements started later (dates.ts). The same seed always gives the same dataset.
 */
export function illustrativeDataset(seed: number = DEFAULT_SEED): RawDataset {
  const random = new Random(seed);
  const parties = new PartyRegistry(random);
  const local = new LocalParties(parties, random);
  const ids = new IdPool();

  const reported = planPartnerships(random).map((plan) => detail(plan, ids.take(slug(plan.name)), random));
  const reportedMembers = reported.flatMap((p) => members(p, local, parties, random));
  const tables = governanceTables(reported, reportedMembers, local, parties, random);
  const projects = initiatives(reported, random);
  // Drawn last, so the records above are the same with and without them.
  const later = laterPartnerships(reported, ids, local, parties, random);
  const partnerships = [...reported, ...later.partnerships];
  const memberships = [...reportedMembers, ...later.memberships];
  const dates = drawDates(partnerships, memberships, later.starts, random);

  const list = (items: readonly string[]) => items.join(LIST_SEPARATOR);
  const num = (x: number | null | undefined) => (x === null || x === undefined ? '' : String(x));
  return {
    origin: 'illustrative',
    sheets: {
      networks: NETWORKS.map((n) => ({ key: n.key, name: n.name, reported_count: String(n.count), coordinators: list(n.coordinators) })),
      parties: parties.all.map((p) => ({ id: p.id, name: p.name, domain: p.domain, municipality: p.municipality })),
      partnerships: partnerships.map((p) => ({ ...partnershipRow(p, list, num), ...cells(dates.partnerships.get(p.id)) })),
      memberships: memberships.map((m) => ({
        partnership_id: m.partnershipId,
        party_id: m.partyId,
        role: m.role,
        ...cells(dates.memberships.get(`${m.partnershipId} › ${m.partyId}`)),
      })),
      tables: tables.map((t) => ({
        id: t.id,
        name: t.name,
        level: t.level,
        theme: t.theme,
        municipalities: list(t.municipalities),
        convened_by: t.convenedBy,
      })),
      seats: tables.flatMap((t) => t.seats.map((partyId) => ({ table_id: t.id, party_id: partyId }))),
      initiatives: projects.map((i) => ({ id: i.id, name: i.name, partnership_id: i.partnershipId, scaling_status: i.scalingStatus })),
      network_memberships: [...dates.networks].flatMap(([partnershipId, byNetwork]) =>
        [...byNetwork].map(([network, period]) => ({ partnership_id: partnershipId, network, ...cells(period) })),
      ),
    },
  };
}

/** A period as the import's valid_from and valid_to cells (empty: an open bound). */
function cells(period: Period | undefined): RawRow {
  return { valid_from: period?.validFrom ?? '', valid_to: period?.validTo ?? '' };
}

function partnershipRow(p: Partnership, list: (items: readonly string[]) => string, num: (x: number | null) => string): RawRow {
  return {
    id: p.id,
    name: p.name,
    networks: list(p.networks),
    municipalities: list(p.places.map((m) => m.code)),
    themes: list(p.themes),
    phase: num(p.phase),
    start_year: num(p.startYear),
    lat: num(p.location?.lat ?? null),
    lon: num(p.location?.lon ?? null),
    website: p.website,
    source: 'illustrative',
    description: p.description,
    approach: p.approach ?? '',
    financing: p.financing ?? '',
  };
}
