/**
 * What a spreadsheet may read as the start of a formula (OWASP, CSV
 * injection): `=`, `+`, `-`, `@`, a tab or a carriage return.
 */
const FORMULA_START = /^[=+\-@\t\r]/;

/**
 * A text cell made safe to open in a spreadsheet: a leading `'` makes Excel,
 * LibreOffice and Google Sheets show it as text instead of running it. Numbers
 * are never passed here: they stay numbers.
 */
export function neutralise(text: string): string {
  return FORMULA_START.test(text) ? `'${text}` : text;
}

/** Every string inside a JSON-like value neutralised (GeoJSON properties, nested lists); numbers, booleans and null as they are. */
export function neutraliseDeep<T>(value: T): T {
  if (typeof value === 'string') return neutralise(value) as T;
  if (Array.isArray(value)) return value.map((v: unknown) => neutraliseDeep(v)) as T;
  if (value !== null && typeof value === 'object') {
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, neutraliseDeep(v)])) as T;
  }
  return value;
}
