import type { Dataset } from '@dsv/seed';
import { cell, type EditSpec } from './edit.spec.js';
import { listCell } from './validate.js';

export interface TableRecord {
  [field: string]: unknown;
  id: string;
  name: string;
  level: string | null;
  theme: string | null;
  municipalities: string[];
  convenedBy: string | null;
  seats: string[];
}

export const tableSpec: EditSpec<TableRecord> = {
  kind: 'Table',
  noun: 'Table',
  sheet: 'tables',
  fields: ['name', 'level', 'theme', 'municipalities', 'convenedBy', 'seats'],
  statements: { current: 'living/table-current', taken: 'living/table-taken', archive: 'living/archive-table' },
  blank: (id) => ({ id, name: '', level: null, theme: null, municipalities: [], convenedBy: null, seats: [] }),
  rows: (r) => ({
    tables: [
      {
        id: r.id,
        name: cell(r.name),
        level: cell(r.level),
        theme: cell(r.theme),
        municipalities: listCell('municipalities', r.municipalities),
        convened_by: cell(r.convenedBy),
      },
    ],
    seats: r.seats.map((partyId) => ({ table_id: r.id, party_id: cell(partyId) })),
  }),
  refs: (r) => ({ networks: [], parties: [...r.seats, ...(r.convenedBy ? [r.convenedBy] : [])], partnerships: [], tables: [] }),
  fromDataset: (ds: Dataset) => {
    const t = ds.tables[0]!;
    return {
      id: t.id,
      name: t.name,
      level: t.level,
      theme: t.theme,
      municipalities: t.municipalities,
      convenedBy: t.convenedBy,
      seats: ds.seats.map((s) => s.partyId),
    };
  },
  async write(tx, ds) {
    await tx.run('import/tables', { rows: ds.tables.map((t) => ({ ...t, changed: true })) });
    await tx.run('living/table-seats', { id: ds.tables[0]!.id, seats: ds.seats.map((s) => s.partyId) });
  },
};
