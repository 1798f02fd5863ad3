import type { Dataset } from '@dsv/seed';
import { cell, type EditSpec } from './edit.spec.js';

export interface PartyRecord {
  [field: string]: unknown;
  id: string;
  name: string;
  domain: string;
  municipality: string | null;
}

export const partySpec: EditSpec<PartyRecord> = {
  kind: 'Party',
  noun: 'Party',
  sheet: 'parties',
  fields: ['name', 'domain', 'municipality'],
  statements: { current: 'living/party-current', taken: 'living/party-taken', archive: 'living/archive-party' },
  blank: (id) => ({ id, name: '', domain: '', municipality: null }),
  rows: (r) => ({ parties: [{ id: r.id, name: cell(r.name), domain: cell(r.domain), municipality: cell(r.municipality) }] }),
  refs: () => ({ networks: [], parties: [], partnerships: [], tables: [] }),
  fromDataset: (ds: Dataset) => {
    const p = ds.parties[0]!;
    return { id: p.id, name: p.name, domain: p.domain, municipality: p.municipality };
  },
  async write(tx, ds) {
    await tx.run('import/parties', { rows: ds.parties.map((p) => ({ ...p, changed: true })) });
  },
};
