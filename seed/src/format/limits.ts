import { SHEETS, type SheetName } from './columns.js';
import type { InputProblem } from './errors.js';

/** The largest input file accepted: 50 MiB. */
export const MAX_FILE_BYTES = 50 * 2 ** 20;

/** Checks that a sheet's header has every required column once; records what is wrong. */
export function checkHeader(file: string, sheet: SheetName, columns: string[], problems: InputProblem[]): boolean {
  const before = problems.length;
  for (const required of SHEETS[sheet].required) {
    if (!columns.includes(required)) problems.push({ file, row: 1, column: required, message: 'required column is missing' });
  }
  const seen = new Set<string>();
  for (const c of columns) {
    if (seen.has(c)) problems.push({ file, row: 1, column: c, message: 'column appears twice' });
    seen.add(c);
  }
  return problems.length === before;
}
