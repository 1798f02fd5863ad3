/**
 * Control characters have no place in a cell: NUL and BEL break other tools,
 * ANSI escapes (ESC) rewrite an operator's terminal when echoed, and the
 * Unicode bidirectional overrides make a text read differently from what it
 * is. Tab, line feed and carriage return stay allowed (multi-line cells).
 */
// eslint-disable-next-line no-control-regex -- matching control characters is the point
const FORBIDDEN = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F\u202A-\u202E\u2066-\u2069]/u;
const FORBIDDEN_ALL = new RegExp(FORBIDDEN.source, 'gu');

/** The first forbidden character in a text, as `U+001B`, or undefined. */
export function forbiddenCharacter(text: string): string | undefined {
  const match = FORBIDDEN.exec(text);
  return match ? codePoint(match[0]) : undefined;
}

/**
 * A text safe to print on a terminal or in a log: forbidden characters (and
 * line breaks, which would forge extra lines) shown as `\u{1b}`-style escapes.
 */
export function printable(text: string): string {
  return text
    .replace(FORBIDDEN_ALL, (c) => `\\u{${c.codePointAt(0)!.toString(16)}}`)
    .replace(/[\r\n]/g, (c) => (c === '\n' ? '\\n' : '\\r'));
}

function codePoint(c: string): string {
  return `U+${c.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}`;
}

/** The spreadsheet letter of a 1-based column index: 1 → A, 27 → AA. */
export function columnLetter(index: number): string {
  let n = index;
  let out = '';
  while (n > 0) {
    const r = (n - 1) % 26;
    out = String.fromCharCode(65 + r) + out;
    n = Math.floor((n - 1) / 26);
  }
  return out;
}
