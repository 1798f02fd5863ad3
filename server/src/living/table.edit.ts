import type { Dataset } from '@dsv/seed';
import { UserInputError } from '../common/errors.js';
import { cell, datesOf, type EditSpec } from './edit.spec.js';
import { listCell } from './validate.js';

/** A seat's dates (DESIGN.md §9.3), keys only where set. */
type SeatDates = { partyId: string; validFrom?: string | null; validTo?: string | null };

export interface TableRecord {
  [field: string]: unknown;
  id: string;
  name: string;
  level: string | null;
  theme: string | null;
  municipalities: string[];
  convenedBy: string | null;
  seats: string[];
  /** The dated seats ("lid sinds", "gestopt op"); the others are always valid. */
  seatDates: SeatDates[];
}

export const tableSpec: EditSpec<TableRecord> = {
  kind: 'Table',
  noun: 'Table',
  sheet: 'tables',
  fields: ['name', 'level', 'theme', 'municipalities', 'convenedBy', 'seats', 'seatDates'],
  statements: { current: 'living/table-current', taken: 'living/table-taken', archive: 'living/archive-table' },
  blank: (id) => ({ id, name: '', level: null, theme: null, municipalities: [], convenedBy: null, seats: [], seatDates: [] }),
  rows: (r) => {
    const dates = new Map(r.seatDates.map((d) => [d.partyId, d]));
    const unseated = r.seatDates.find((d) => !r.seats.includes(d.partyId));
    if (unseated)
      throw new UserInputError(`seatDates: party "${unseated.partyId}" has no seat at this table (add it to seats)`, 'seatDates');
    return {
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
      seats: r.seats.map((partyId) => ({
        table_id: r.id,
        party_id: cell(partyId),
        valid_from: cell(dates.get(partyId)?.validFrom),
        valid_to: cell(dates.get(partyId)?.validTo),
      })),
    };
  },
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
      seatDates: ds.seats.filter((s) => s.validFrom || s.validTo).map((s) => ({ partyId: s.partyId, ...datesOf(s) })),
    };
  },
  normalize: (r) => ({ ...r, seatDates: r.seatDates.map((d) => ({ partyId: d.partyId, ...datesOf(d) })) }),
  mergeItems(current, wanted, input) {
    const given = (input as { seatDates?: unknown }).seatDates;
    const before = new Map(current.seatDates.map((d) => [d.partyId, d]));
    return {
      ...wanted,
      // A party that leaves the table takes its dates with it; the others' stay unless given (absent = unchanged).
      seatDates:
        given !== undefined
          ? wanted.seatDates.map((d) => ({
              partyId: d.partyId,
              validFrom: d.validFrom === undefined ? before.get(d.partyId)?.validFrom : d.validFrom,
              validTo: d.validTo === undefined ? before.get(d.partyId)?.validTo : d.validTo,
            }))
          : current.seatDates.filter((d) => wanted.seats.includes(d.partyId)),
    };
  },
  async write(tx, ds) {
    await tx.run('import/tables', { rows: ds.tables.map((t) => ({ ...t, changed: true })) });
    await tx.run('living/table-seats', {
      id: ds.tables[0]!.id,
      seats: ds.seats.map((s) => ({ partyId: s.partyId, validFrom: s.validFrom, validTo: s.validTo })),
    });
  },
};
