import { printable } from './text.js';

/** One problem in an input, located as precisely as the input allows. */
export interface InputProblem {
  /** File name (CSV) or `workbook.xlsx › sheet`. */
  file: string;
  /** Spreadsheet row number: the header is row 1, the first data row is row 2. */
  row?: number;
  column?: string;
  message: string;
}

/**
 * One line per problem. Every part is made printable: a file name, column or
 * cell text may carry control characters that must never reach a terminal raw.
 */
export function formatProblem(p: InputProblem): string {
  const where = [p.file, p.row !== undefined ? `row ${p.row}` : undefined, p.column ? `column "${p.column}"` : undefined]
    .filter(Boolean)
    .join(', ');
  return printable(`${where}: ${p.message}`);
}

/** Thrown when an input is rejected; carries every problem found, not only the first. */
export class InputError extends Error {
  constructor(readonly problems: InputProblem[]) {
    super(
      `The input was rejected (${problems.length} problem${problems.length === 1 ? '' : 's'}); nothing was written.\n` +
        problems
          .slice(0, 200)
          .map((p) => `  - ${formatProblem(p)}`)
          .join('\n') +
        (problems.length > 200 ? `\n  … and ${problems.length - 200} more` : ''),
    );
    this.name = 'InputError';
  }
}
