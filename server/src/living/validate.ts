import {
  checkCells,
  InputError,
  LIST_SEPARATOR,
  validateDataset,
  type Dataset,
  type InputProblem,
  type KnownIds,
  type RawRow,
  type SheetName,
} from '@dsv/seed';
import { UserInputError } from '../common/errors.js';

/** Which form field an import column is. */
const FIELD_OF_COLUMN: Record<string, string> = {
  start_year: 'startYear',
  convened_by: 'convenedBy',
  party_id: 'members',
  partnership_id: 'id',
  table_id: 'id',
  reported_count: 'reportedCount',
  valid_from: 'validFrom',
  valid_to: 'validTo',
};

/** The form field a problem is about (seats' party_id is the `seats` field). */
function fieldOf(problem: InputProblem): string {
  if (problem.file.startsWith('network_memberships')) return 'networkDates';
  if (problem.file.startsWith('seats') && problem.column?.startsWith('valid_')) return 'seatDates';
  if (problem.file.startsWith('seats') && problem.column === 'party_id') return 'seats';
  if (problem.file.startsWith('memberships') && (problem.column === 'role' || problem.column?.startsWith('valid_'))) return 'members';
  return FIELD_OF_COLUMN[problem.column ?? ''] ?? problem.column ?? 'input';
}

/** A list as one import cell; an item holding the list separator is refused (it would split in two). */
export function listCell(field: string, items: string[]): string {
  const bad = items.find((i) => i.includes(LIST_SEPARATOR));
  if (bad !== undefined) throw new UserInputError(`${field}: an item must not contain "${LIST_SEPARATOR}" (got "${bad}")`, field);
  return items.join(LIST_SEPARATOR);
}

/**
 * Validates an edit with the import's own rules and messages: the record is
 * written as the import's rows and goes through the same cell checks and
 * `validateDataset`. The first problem becomes BAD_USER_INPUT naming the
 * form field; all of them ride along in `extensions.problems`.
 */
export function validateEdit(sheets: Partial<Record<SheetName, RawRow[]>>, known: KnownIds, today: string): Dataset {
  const problems: InputProblem[] = [];
  for (const [sheet, rows] of Object.entries(sheets)) {
    rows?.forEach((row, i) => checkCells(`${sheet}.csv`, i + 2, Object.keys(row), Object.values(row), problems));
  }
  try {
    if (problems.length > 0) throw new InputError(problems);
    const all = { networks: [], parties: [], partnerships: [], memberships: [], tables: [], seats: [], ...sheets };
    return validateDataset({ origin: 'form', sheets: all }, { known, today });
  } catch (err) {
    if (!(err instanceof InputError)) throw err;
    const list = err.problems.map((p) => ({ field: fieldOf(p), message: p.message }));
    const first = list[0]!;
    throw new UserInputError(`${first.field}: ${first.message}`, first.field, { problems: list });
  }
}
