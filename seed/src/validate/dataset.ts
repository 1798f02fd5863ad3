import type { Domain, RawDataset, SheetName } from '../format/columns.js';
import { REQUIRED_SHEETS, SHEET_NAMES } from '../format/columns.js';
import { InputError, type InputProblem } from '../format/errors.js';
import { findMunicipality, type Municipality } from '../gazetteer/index.js';
import { ROW_SCHEMAS, type Rows } from './rows.js';

/** A validated input: every reference resolves, municipalities are CBS codes. */
export interface Dataset {
  origin: string;
  networks: { key: string; name: string; reportedCount: number | null; coordinators: string[] }[];
  parties: { id: string; name: string; domain: Domain; municipality: string | null }[];
  partnerships: {
    id: string;
    name: string;
    networks: string[];
    municipalities: string[];
    themes: string[];
    phase: number | null;
    startYear: number | null;
    /** Given in the file, or the centroid of the municipalities, or none. */
    location: { lat: number; lon: number; derived: boolean } | null;
    website: string | null;
    source: string;
    description: string | null;
    approach: string | null;
    financing: string | null;
  }[];
  memberships: { partnershipId: string; partyId: string; role: string | null }[];
  tables: { id: string; name: string; level: string | null; theme: string | null; municipalities: string[]; convenedBy: string | null }[];
  seats: { tableId: string; partyId: string }[];
  initiatives: { id: string; name: string; partnershipId: string; scalingStatus: string | null }[];
}

/** Ids already in the database, which references may point at when merging. */
export interface KnownIds {
  networks: Set<string>;
  parties: Set<string>;
  partnerships: Set<string>;
  tables: Set<string>;
}

export interface ValidateOptions {
  known?: KnownIds;
  /** The import date for default sources, YYYY-MM-DD. */
  today?: string;
}

export function fileLabel(raw: RawDataset, sheet: SheetName): string {
  return raw.origin.toLowerCase().endsWith('.xlsx') ? `${raw.origin} › ${sheet}` : `${sheet}.csv`;
}

/** The spreadsheet row number of the i-th row read from a sheet. */
function rowNumber(raw: RawDataset, sheet: SheetName, i: number): number {
  return raw.rowNumbers?.[sheet]?.[i] ?? i + 2;
}

/** Validates a whole input; throws InputError listing every problem, or returns the Dataset. */
export function validateDataset(raw: RawDataset, opts: ValidateOptions = {}): Dataset {
  const problems: InputProblem[] = [];
  for (const sheet of REQUIRED_SHEETS) {
    if (!raw.sheets[sheet]) problems.push({ file: fileLabel(raw, sheet), message: `the ${sheet} file/sheet is missing` });
  }
  const parsed = {} as { [K in SheetName]: { row: number; value: Rows[K] }[] };
  for (const sheet of SHEET_NAMES) parsed[sheet] = parseSheet(raw, sheet, problems) as never;

  // Ids come from the raw rows, so a row rejected for another column still
  // counts as present and does not set off a cascade of "unknown" errors.
  const ids = (sheet: SheetName, ...columns: string[]) =>
    (raw.sheets[sheet] ?? [])
      .map((cells, i) => ({ row: rowNumber(raw, sheet, i), id: columns.map((c) => (cells[c] ?? '').trim()).join('\u0000') }))
      .filter((e) => e.id.replaceAll('\u0000', '') !== '');
  const refs = new References(raw, problems, opts.known);
  refs.unique('networks', 'key', ids('networks', 'key'));
  refs.unique('parties', 'id', ids('parties', 'id'));
  refs.unique('partnerships', 'id', ids('partnerships', 'id'));
  refs.unique('tables', 'id', ids('tables', 'id'));
  refs.unique('initiatives', 'id', ids('initiatives', 'id'));
  refs.unique(
    'memberships',
    'party_id',
    ids('memberships', 'partnership_id', 'party_id'),
    'this party is already a member of this partnership in an earlier row',
  );
  refs.unique('seats', 'party_id', ids('seats', 'table_id', 'party_id'), 'this party already has a seat at this table in an earlier row');

  const today = opts.today ?? new Date().toISOString().slice(0, 10);
  const dataset: Dataset = {
    origin: raw.origin,
    networks: parsed.networks.map(({ row, value: v }) => ({
      key: v.key,
      name: v.name,
      reportedCount: v.reported_count,
      coordinators: v.coordinators.filter((id) => refs.check('networks', row, 'coordinators', 'parties', id)),
    })),
    parties: parsed.parties.map(({ row, value: v }) => ({
      id: v.id,
      name: v.name,
      domain: v.domain,
      municipality: v.municipality === null ? null : (refs.municipality('parties', row, 'municipality', v.municipality)?.code ?? null),
    })),
    partnerships: parsed.partnerships.map(({ row, value: v }) => {
      const places = v.municipalities
        .map((m) => refs.municipality('partnerships', row, 'municipalities', m))
        .filter((m): m is Municipality => !!m);
      v.networks.forEach((key) => refs.check('partnerships', row, 'networks', 'networks', key));
      if ((v.lat === null) !== (v.lon === null)) {
        problems.push({
          file: fileLabel(raw, 'partnerships'),
          row,
          column: v.lat === null ? 'lat' : 'lon',
          message: 'lat and lon must both be given or both be empty',
        });
      }
      return {
        id: v.id,
        name: v.name,
        networks: unique(v.networks),
        municipalities: unique(places.map((m) => m.code)),
        themes: unique(v.themes),
        phase: v.phase,
        startYear: v.start_year,
        location: v.lat !== null && v.lon !== null ? { lat: v.lat, lon: v.lon, derived: false } : centroid(places),
        website: v.website,
        source: v.source ?? `${fileLabel(raw, 'partnerships')}, imported ${today}`,
        description: v.description,
        approach: v.approach,
        financing: v.financing,
      };
    }),
    memberships: parsed.memberships.map(({ row, value: v }) => {
      refs.check('memberships', row, 'partnership_id', 'partnerships', v.partnership_id);
      refs.check('memberships', row, 'party_id', 'parties', v.party_id);
      return { partnershipId: v.partnership_id, partyId: v.party_id, role: v.role };
    }),
    tables: parsed.tables.map(({ row, value: v }) => {
      if (v.convened_by !== null) refs.check('tables', row, 'convened_by', 'parties', v.convened_by);
      const places = v.municipalities
        .map((m) => refs.municipality('tables', row, 'municipalities', m))
        .filter((m): m is Municipality => !!m);
      return {
        id: v.id,
        name: v.name,
        level: v.level,
        theme: v.theme,
        municipalities: unique(places.map((m) => m.code)),
        convenedBy: v.convened_by,
      };
    }),
    seats: parsed.seats.map(({ row, value: v }) => {
      refs.check('seats', row, 'table_id', 'tables', v.table_id);
      refs.check('seats', row, 'party_id', 'parties', v.party_id);
      return { tableId: v.table_id, partyId: v.party_id };
    }),
    initiatives: parsed.initiatives.map(({ row, value: v }) => {
      refs.check('initiatives', row, 'partnership_id', 'partnerships', v.partnership_id);
      return { id: v.id, name: v.name, partnershipId: v.partnership_id, scalingStatus: v.scaling_status };
    }),
  };
  if (problems.length > 0) throw new InputError(problems);
  return dataset;
}

function parseSheet<K extends SheetName>(raw: RawDataset, sheet: K, problems: InputProblem[]) {
  const out: { row: number; value: Rows[K] }[] = [];
  (raw.sheets[sheet] ?? []).forEach((cells, i) => {
    const row = rowNumber(raw, sheet, i);
    const result = ROW_SCHEMAS[sheet].safeParse(cells);
    if (result.success) out.push({ row, value: result.data as Rows[K] });
    else {
      for (const issue of result.error.issues) {
        const column = String(issue.path[0] ?? '');
        const got = cells[column];
        problems.push({ file: fileLabel(raw, sheet), row, column, message: got ? `${issue.message} (got "${got}")` : issue.message });
      }
    }
  });
  return out;
}

/** Tracks ids per sheet and records dangling references and duplicates. */
class References {
  private readonly ids = new Map<string, Set<string>>();

  constructor(
    private readonly raw: RawDataset,
    private readonly problems: InputProblem[],
    private readonly known?: KnownIds,
  ) {}

  unique(sheet: SheetName, column: string, entries: { row: number; id: string }[], message?: string): void {
    const seen = new Map<string, number>();
    for (const { row, id } of entries) {
      const first = seen.get(id);
      if (first !== undefined) {
        this.problems.push({
          file: fileLabel(this.raw, sheet),
          row,
          column,
          message: message ?? `duplicate id "${id}" (first in row ${first})`,
        });
      } else seen.set(id, row);
    }
    this.ids.set(sheet, new Set(seen.keys()));
  }

  check(sheet: SheetName, row: number, column: string, target: keyof KnownIds, id: string): boolean {
    if (this.ids.get(target)?.has(id) || this.known?.[target].has(id)) return true;
    const noun = { networks: 'network key', parties: 'party', partnerships: 'partnership', tables: 'table' }[target];
    this.problems.push({ file: fileLabel(this.raw, sheet), row, column, message: `unknown ${noun} "${id}" (not in ${target})` });
    return false;
  }

  municipality(sheet: SheetName, row: number, column: string, codeOrName: string): Municipality | undefined {
    const m = findMunicipality(codeOrName);
    if (!m)
      this.problems.push({
        file: fileLabel(this.raw, sheet),
        row,
        column,
        message: `unknown municipality "${codeOrName}" (give a CBS code such as GM0363 or an official name)`,
      });
    return m;
  }
}

function unique(values: string[]): string[] {
  return [...new Set(values)];
}

function centroid(places: Municipality[]): { lat: number; lon: number; derived: boolean } | null {
  if (places.length === 0) return null;
  const lat = places.reduce((s, m) => s + m.lat, 0) / places.length;
  const lon = places.reduce((s, m) => s + m.lon, 0) / places.length;
  return { lat: Math.round(lat * 1e6) / 1e6, lon: Math.round(lon * 1e6) / 1e6, derived: true };
}
