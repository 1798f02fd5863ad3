/**
 * The quarters of the timeline strip: from the first quarter of `FIRST_YEAR`
 * to the quarter of today. Each is counted on its last day; the current one
 * on today, so the strip ends where "Stand per" has its default.
 */

/** The illustrative data's partnerships start from 2015 (the report counted at the end of 2021). */
export const FIRST_YEAR = 2015;

export interface Quarter {
  year: number;
  /** 1–4. */
  quarter: number;
  /** Its first day, yyyy-mm-dd. */
  start: string;
  /** The day it is counted on: its last day, or today for the current quarter. */
  end: string;
}

const pad = (n: number) => String(n).padStart(2, '0');
const LAST_DAY = ['03-31', '06-30', '09-30', '12-31'];

/** Every quarter from the first of `firstYear` to the one `today` (yyyy-mm-dd) is in. */
export function quartersUntil(today: string, firstYear: number = FIRST_YEAR): Quarter[] {
  const year = Number(today.slice(0, 4));
  const quarter = Math.floor((Number(today.slice(5, 7)) - 1) / 3) + 1;
  const quarters: Quarter[] = [];
  for (let y = firstYear; y <= year; y++) {
    for (let q = 1; q <= (y === year ? quarter : 4); q++) {
      const current = y === year && q === quarter;
      quarters.push({ year: y, quarter: q, start: `${y}-${pad(q * 3 - 2)}-01`, end: current ? today : `${y}-${LAST_DAY[q - 1]}` });
    }
  }
  return quarters;
}

/** The index of the quarter a date falls in: the first that ends on or after it (the last for later dates). */
export function quarterIndexOf(quarters: readonly Quarter[], date: string): number {
  const found = quarters.findIndex((q) => date <= q.end);
  return found < 0 ? quarters.length - 1 : found;
}

/**
 * The date one step (of `steps` quarters, negative: back) from `date`: the
 * last day of that quarter. A date inside a quarter steps forward to its own
 * last day first. Stays within the strip.
 */
export function stepFrom(quarters: readonly Quarter[], date: string, steps: number): string {
  const at = quarterIndexOf(quarters, date);
  const onEnd = date >= quarters[at]!.end;
  const target = steps > 0 && !onEnd ? at + steps - 1 : at + steps;
  return quarters[Math.max(0, Math.min(quarters.length - 1, target))]!.end;
}
