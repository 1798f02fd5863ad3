/**
 * Formula injection (OWASP ASVS 1.2.10): a text cell that starts with one of
 * these characters could be run as a formula by a spreadsheet. On export such
 * cells get a leading apostrophe; on import that apostrophe is taken off again,
 * so a round trip is stable and the stored value is the plain text.
 */
const FORMULA_START = /^[=+\-@\t\r]/;

export function escapeCell(text: string): string {
  return FORMULA_START.test(text) ? `'${text}` : text;
}

export function unescapeCell(text: string): string {
  return text.startsWith("'") && FORMULA_START.test(text.slice(1)) ? text.slice(1) : text;
}

/** Cells holding numbers are written as numbers, never escaped. */
export const NUMERIC_COLUMNS = new Set(['reported_count', 'phase', 'start_year', 'lat', 'lon']);
