/**
 * The as-of date ("Stand per", DESIGN.md §9.3): every view whose question
 * takes `asOf` shows what was valid on it. It lives in the URL as
 * `?per=2021-12-31`; absent means today, which the API assumes as well.
 */
export const AS_OF_PARAM = 'per';

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** A real calendar date written yyyy-mm-dd (2021-02-30 is none). */
export function isIsoDate(text: string): boolean {
  const m = ISO_DATE.exec(text);
  if (!m) return false;
  const [year, month, day] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}

const amsterdam = new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Amsterdam', year: 'numeric', month: '2-digit', day: '2-digit' });

/** Today in the Netherlands, yyyy-mm-dd: the server's default date of every as-of question too. */
export function todayIso(now: Date = new Date()): string {
  return amsterdam.format(now);
}

/** The as-of date in the URL: a valid yyyy-mm-dd, or null (today). */
export function asOfFrom(params: URLSearchParams): string | null {
  const text = params.get(AS_OF_PARAM)?.trim() ?? '';
  return isIsoDate(text) ? text : null;
}

/** The URL value for a chosen date: today (or nothing) leaves the URL. */
export function asOfParamValue(date: string | null, today: string = todayIso()): string | null {
  return date === null || date === today || !isIsoDate(date) ? null : date;
}
