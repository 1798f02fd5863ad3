import type { Dataset } from '@dsv/seed';
import { cell, type EditSpec } from './edit.spec.js';
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
  networks: string[];
  municipalities: string[];
  themes: string[];
  members: { partyId: string; role: string | null }[];
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
    'networks',
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
    networks: [],
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
      },
    ],
    memberships: r.members.map((m) => ({ partnership_id: r.id, party_id: cell(m.partyId), role: cell(m.role) })),
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
      networks: p.networks,
      municipalities: p.municipalities,
      themes: p.themes,
      members: ds.memberships.map((m) => ({ partyId: m.partyId, role: m.role })),
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
