/**
 * The import format (DESIGN.md §5): one CSV file or XLSX sheet per entry, with
 * exactly these columns. `optional` columns and sheets may be absent; the
 * export writes them only when some record carries a value for them, so that a
 * file in the contract format round-trips to the same file.
 */
export const SHEETS = {
  networks: { required: ['key', 'name', 'reported_count', 'coordinators'], optional: [] },
  parties: { required: ['id', 'name', 'domain', 'municipality'], optional: [] },
  partnerships: {
    required: ['id', 'name', 'networks', 'municipalities', 'themes', 'phase', 'start_year', 'lat', 'lon', 'website'],
    optional: ['source', 'description', 'approach', 'financing', 'valid_from', 'valid_to'],
  },
  memberships: { required: ['partnership_id', 'party_id', 'role'], optional: ['valid_from', 'valid_to'] },
  tables: { required: ['id', 'name', 'level', 'theme', 'municipalities', 'convened_by'], optional: [] },
  seats: { required: ['table_id', 'party_id'], optional: ['valid_from', 'valid_to'] },
  initiatives: { required: ['id', 'name', 'partnership_id', 'scaling_status'], optional: [] },
  // DESIGN.md §9.3: dates the entries of a partnership's `networks` column (half-open [from, to)).
  network_memberships: { required: ['partnership_id', 'network', 'valid_from', 'valid_to'], optional: [] },
} as const satisfies Record<string, { required: readonly string[]; optional: readonly string[] }>;

export type SheetName = keyof typeof SHEETS;

/** Sheets that must be present in every import; `initiatives` and `network_memberships` are optional. */
export const REQUIRED_SHEETS: readonly SheetName[] = ['networks', 'parties', 'partnerships', 'memberships', 'tables', 'seats'];
export const SHEET_NAMES = Object.keys(SHEETS) as SheetName[];

/** One row as read from a file: column name → cell text (empty string = unknown). */
export type RawRow = Record<string, string>;

/** A whole input before validation: rows per sheet, plus where it came from. */
export interface RawDataset {
  /** File or workbook name, used in error messages and as the default `source`. */
  origin: string;
  sheets: Partial<Record<SheetName, RawRow[]>>;
  /**
   * The spreadsheet row number of each row in `sheets` (header = 1), where it
   * differs from its position because blank rows were skipped. Absent: row
   * i is spreadsheet row i + 2.
   */
  rowNumbers?: Partial<Record<SheetName, number[]>>;
}

/** Separator of lists inside a cell. */
export const LIST_SEPARATOR = ';';

export const DOMAINS = [
  'care',
  'social',
  'financier-municipality',
  'financier-insurer',
  'financier-zorgkantoor',
  'citizens',
  'business',
  'knowledge',
  'national',
] as const;
export type Domain = (typeof DOMAINS)[number];

export const TABLE_LEVELS = ['local', 'regional', 'national'] as const;
export const APPROACHES = ['bottom-up', 'top-down'] as const;
export const FINANCING = ['own', 'external', 'mixed'] as const;
export const SCALING_STATUSES = ['scaled', 'scaling', 'wish', 'potential', 'none'] as const;
