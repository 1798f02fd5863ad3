import type { Dataset } from '@dsv/seed';
import { cell, datesOf, type EditSpec } from './edit.spec.js';
import { listCell } from './validate.js';

export interface PartnershipRecord {
  [field: string]: unknown;
  id: string;
  name: string;
  description: string | null;
  startYear: number | null;
  phase: number | null;
  approach: string | null;
  financing: string | null;
  /** A given position; null when the location is the centroid of the municipalities (or unknown). */
  lat: number | null;
  lon: number | null;
  website: string | null;
  source: string | null;
  /** DESIGN.md §9.3: the first day it was active, and the first day it no longer was. */
  validFrom: string | null;
  validTo: string | null;
  networks: string[];
  /** The dated entries of `networks` ("lid sinds", "gestopt op"); the others are always valid. */
  networkDates: Dated<{ network: string }>[];
  municipalities: string[];
  themes: string[];
  members: Dated<{ partyId: string; role: string | null }>[];
}

/** An item with the dates it has (keys only where set, so an undated item keeps its shape). */
type Dated<T> = T & { validFrom?: string; validTo?: string };

type Item = { validFrom?: string | null; validTo?: string | null };

/** An input item's dates, the current item's where the input leaves one out (absent = unchanged; null = none). */
function keepDates<T extends Item>(item: T, current: Item | undefined): T {
  return {
    ...item,
    validFrom: item.validFrom === undefined ? current?.validFrom : item.validFrom,
    validTo: item.validTo === undefined ? current?.validTo : item.validTo,
  };
}

export const partnershipSpec: EditSpec<PartnershipRecord> = {
  kind: 'Partnership',
  noun: 'Partnership',
  sheet: 'partnerships',
  fields: [
    'name',
    'description',
    'startYear',
    'phase',
    'approach',
    'financing',
    'lat',
    'lon',
    'website',
    'source',
    'validFrom',
    'validTo',
    'networks',
    'networkDates',
    'municipalities',
    'themes',
    'members',
  ],
  statements: { current: 'living/partnership-current', taken: 'living/partnership-taken', archive: 'living/archive-partnership' },
  blank: (id) => ({
    id,
    name: '',
    description: null,
    startYear: null,
    phase: null,
    approach: null,
    financing: null,
    lat: null,
    lon: null,
    website: null,
    source: null,
    validFrom: null,
    validTo: null,
    networks: [],
    networkDates: [],
    municipalities: [],
    themes: [],
    members: [],
  }),
  rows: (r) => ({
    partnerships: [
      {
        id: r.id,
        name: cell(r.name),
        networks: listCell('networks', r.networks),
        municipalities: listCell('municipalities', r.municipalities),
        themes: listCell('themes', r.themes),
        phase: cell(r.phase),
        start_year: cell(r.startYear),
        lat: cell(r.lat),
        lon: cell(r.lon),
        website: cell(r.website),
        source: cell(r.source),
        description: cell(r.description),
        approach: cell(r.approach),
        financing: cell(r.financing),
        valid_from: cell(r.validFrom),
        valid_to: cell(r.validTo),
      },
    ],
    memberships: r.members.map((m) => ({
      partnership_id: r.id,
      party_id: cell(m.partyId),
      role: cell(m.role),
      valid_from: cell(m.validFrom),
      valid_to: cell(m.validTo),
    })),
    network_memberships: r.networkDates.map((d) => ({
      partnership_id: r.id,
      network: cell(d.network),
      valid_from: cell(d.validFrom),
      valid_to: cell(d.validTo),
    })),
  }),
  refs: (r) => ({ networks: r.networks, parties: r.members.map((m) => m.partyId), partnerships: [], tables: [] }),
  fromDataset: (ds: Dataset) => {
    const p = ds.partnerships[0]!;
    const given = p.location && !p.location.derived ? p.location : null;
    return {
      id: p.id,
      name: p.name,
      description: p.description,
      startYear: p.startYear,
      phase: p.phase,
      approach: p.approach,
      financing: p.financing,
      lat: given?.lat ?? null,
      lon: given?.lon ?? null,
      website: p.website,
      source: p.source,
      validFrom: p.validFrom,
      validTo: p.validTo,
      networks: p.networks,
      networkDates: p.networkDates.map((d) => ({ network: d.network, ...datesOf(d) })),
      municipalities: p.municipalities,
      themes: p.themes,
      members: ds.memberships.map((m) => ({ partyId: m.partyId, role: m.role, ...datesOf(m) })),
    };
  },
  normalize: (r) => ({
    ...r,
    networkDates: r.networkDates.map((d) => ({ network: d.network, ...datesOf(d) })),
    members: r.members.map((m) => ({ partyId: m.partyId, role: m.role, ...datesOf(m) })),
  }),
  mergeItems(current, wanted, input) {
    const given = input as { members?: unknown; networkDates?: unknown };
    const member = new Map(current.members.map((m) => [m.partyId, m]));
    const network = new Map(current.networkDates.map((d) => [d.network, d]));
    return {
      ...wanted,
      members: given.members !== undefined ? wanted.members.map((m) => keepDates(m, member.get(m.partyId))) : wanted.members,
      // A network left out of networks takes its dates with it; the dates of the others stay unless given.
      networkDates:
        given.networkDates !== undefined
          ? wanted.networkDates.map((d) => keepDates(d, network.get(d.network)))
          : current.networkDates.filter((d) => wanted.networks.includes(d.network)),
    };
  },
  async write(tx, ds) {
    const rows = ds.partnerships.map(({ location, ...p }) => ({
      ...p,
      lat: location?.lat ?? null,
      lon: location?.lon ?? null,
      locationDerived: location?.derived ?? null,
      changed: true,
    }));
    await tx.run('import/partnerships', { rows });
    await tx.run('living/partnership-members', { id: rows[0]!.id, members: ds.memberships });
  },
};
