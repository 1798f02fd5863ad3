import type { Domain, RawDataset, SheetName } from '../format/columns.js';
import { LIST_SEPARATOR, REQUIRED_SHEETS, SHEET_NAMES } from '../format/columns.js';
import { InputError, type InputProblem } from '../format/errors.js';
import { findMunicipality, type Municipality } from '../gazetteer/index.js';
import { ROW_SCHEMAS, type Rows } from './rows.js';

/**
 * When a record is valid (DESIGN.md §9.3): the half-open [validFrom, validTo),
 * ISO dates; null is an open bound, so an undated record is always valid.
 */
export interface Validity {
  validFrom: string | null;
  validTo: string | null;
}

/** A dated entry of a partnership's networks (the network_memberships file). */
export interface NetworkDates extends Validity {
  network: string;
}

/** A validated input: every reference resolves, municipalities are CBS codes. */
export interface Dataset {
  origin: string;
  networks: { key: string; name: string; reportedCount: number | null; coordinators: string[] }[];
  parties: { id: string; name: string; domain: Domain; municipality: string | null }[];
  partnerships: ({
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
    /** The dated entries of `networks`, by network key; the others are always valid. */
    networkDates: NetworkDates[];
  } & Validity)[];
  memberships: ({ partnershipId: string; partyId: string; role: string | null } & Validity)[];
  tables: { id: string; name: string; level: string | null; theme: string | null; municipalities: string[]; convenedBy: string | null }[];
  seats: ({ tableId: string; partyId: string } & Validity)[];
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
  const parsed = {} as Parsed;
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
  refs.unique(
    'network_memberships',
    'network',
    ids('network_memberships', 'partnership_id', 'network'),
    'this network membership is dated in an earlier row already',
  );
  const period = (sheet: SheetName, row: number, v: { valid_from: string | null; valid_to: string | null }): Validity => {
    if (v.valid_from !== null && v.valid_to !== null && v.valid_from >= v.valid_to)
      problems.push({
        file: fileLabel(raw, sheet),
        row,
        column: 'valid_to',
        message: `must be after valid_from (${v.valid_from}): valid_to is the first day it no longer holds (got "${v.valid_to}")`,
      });
    return { validFrom: v.valid_from, validTo: v.valid_to };
  };
  const networkDates = datedNetworks(raw, parsed, problems, opts.known, period);

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
        ...period('partnerships', row, v),
        networkDates: networkDates.get(v.id) ?? [],
      };
    }),
    memberships: parsed.memberships.map(({ row, value: v }) => {
      refs.check('memberships', row, 'partnership_id', 'partnerships', v.partnership_id);
      refs.check('memberships', row, 'party_id', 'parties', v.party_id);
      return { partnershipId: v.partnership_id, partyId: v.party_id, role: v.role, ...period('memberships', row, v) };
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
      return { tableId: v.table_id, partyId: v.party_id, ...period('seats', row, v) };
    }),
    initiatives: parsed.initiatives.map(({ row, value: v }) => {
      refs.check('initiatives', row, 'partnership_id', 'partnerships', v.partnership_id);
      return { id: v.id, name: v.name, partnershipId: v.partnership_id, scalingStatus: v.scaling_status };
    }),
  };
  if (problems.length > 0) throw new InputError(problems);
  return dataset;
}

type Parsed = { [K in SheetName]: { row: number; value: Rows[K] }[] };

/**
 * The network_memberships rows per partnership id, by network key. Each row
 * dates an entry of the `networks` column of a partnership in the same input
 * (that is where the membership itself is written).
 */
function datedNetworks(
  raw: RawDataset,
  parsed: Parsed,
  problems: InputProblem[],
  known: KnownIds | undefined,
  period: (sheet: SheetName, row: number, v: { valid_from: string | null; valid_to: string | null }) => Validity,
): Map<string, NetworkDates[]> {
  const file = fileLabel(raw, 'network_memberships');
  // From the raw rows, as the references do: a partnership rejected for another column still counts.
  const networksOf = new Map(
    (raw.sheets.partnerships ?? []).map((cells) => [
      (cells.id ?? '').trim(),
      (cells.networks ?? '')
        .split(LIST_SEPARATOR)
        .map((k) => k.trim())
        .filter((k) => k !== ''),
    ]),
  );
  const out = new Map<string, NetworkDates[]>();
  for (const { row, value: v } of parsed.network_memberships) {
    const dates = period('network_memberships', row, v);
    const networks = networksOf.get(v.partnership_id);
    if (!networks) {
      const message = known?.partnerships.has(v.partnership_id)
        ? `partnership "${v.partnership_id}" is not in this input's partnerships: a network membership dates an entry of the networks column of its partnership, in the same input`
        : `unknown partnership "${v.partnership_id}" (not in partnerships)`;
      problems.push({ file, row, column: 'partnership_id', message });
      continue;
    }
    if (!networks.includes(v.network)) {
      problems.push({
        file,
        row,
        column: 'network',
        message: `"${v.network}" is not one of the networks of partnership "${v.partnership_id}" (${networks.join('; ') || 'none'})`,
      });
      continue;
    }
    const list = out.get(v.partnership_id) ?? [];
    list.push({ network: v.network, ...dates });
    out.set(v.partnership_id, list);
  }
  for (const list of out.values()) list.sort((a, b) => (a.network < b.network ? -1 : 1));
  return out;
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
