import { SHEETS, type SheetName } from './columns.js';
import type { InputProblem } from './errors.js';
import { columnLetter, forbiddenCharacter } from './text.js';

/** The largest input file accepted: 50 MiB. */
export const MAX_FILE_BYTES = 50 * 2 ** 20;

/**
 * The most an .xlsx workbook may inflate to (all its parts together). A
 * workbook holding 50 MiB of cell text inflates to roughly four times that;
 * far more is a zip bomb, not a spreadsheet.
 */
export const MAX_INFLATED_BYTES = 256 * 2 ** 20;

/**
 * Checks that a sheet's header has every required column once and nothing
 * else (a misspelt column would otherwise be dropped silently); records what
 * is wrong.
 */
export function checkHeader(file: string, sheet: SheetName, columns: string[], problems: InputProblem[]): boolean {
  const before = problems.length;
  const known: readonly string[] = [...SHEETS[sheet].required, ...SHEETS[sheet].optional];
  columns.forEach((c, i) => {
    const bad = forbiddenCharacter(c);
    if (bad) problems.push({ file, row: 1, column: columnLetter(i + 1), message: `the column name contains a control character (${bad})` });
    else if (c !== '' && !known.includes(c)) {
      problems.push({ file, row: 1, column: c, message: `unknown column: expected ${known.join(', ')}` });
    }
  });
  const last = columns.findLastIndex((c) => c !== '');
  columns.forEach((c, i) => {
    if (c === '' && i < last) {
      problems.push({ file, row: 1, column: columnLetter(i + 1), message: 'column without a name' });
    }
  });
  for (const required of SHEETS[sheet].required) {
    if (!columns.includes(required)) problems.push({ file, row: 1, column: required, message: 'required column is missing' });
  }
  const seen = new Set<string>();
  for (const c of columns) {
    if (c !== '' && seen.has(c)) problems.push({ file, row: 1, column: c, message: 'column appears twice' });
    seen.add(c);
  }
  return problems.length === before;
}

/**
 * Checks one data row against its header: no filled cell beyond the last
 * column (an extra cell would be dropped silently) and no control characters.
 * Empty trailing cells, as some spreadsheet programs write them, are fine.
 */
export function checkCells(file: string, row: number, columns: string[], cells: string[], problems: InputProblem[]): boolean {
  const before = problems.length;
  cells.forEach((cell, i) => {
    const column = columns[i] || columnLetter(i + 1);
    if (i >= columns.length || columns[i] === '') {
      if (cell.trim() !== '') {
        problems.push({
          file,
          row,
          column: columnLetter(i + 1),
          message: `extra cell beyond the ${columns.filter(Boolean).length} columns of the header`,
        });
      }
      return;
    }
    const bad = forbiddenCharacter(cell);
    if (bad) problems.push({ file, row, column, message: `contains a control character (${bad}): remove it` });
  });
  return problems.length === before;
}
