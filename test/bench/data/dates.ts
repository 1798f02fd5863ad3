import type { PartnershipRow } from './partnerships.js';
import { Rng } from './random.js';

/** A validity period (DESIGN.md §9.3) as the import statements take it: ISO dates, null an open bound. */
export interface Period {
  validFrom: string | null;
  validTo: string | null;
}

const UNDATED: Period = { validFrom: null, validTo: null };
const DAY_MS = 86_400_000;
const plusDays = (iso: string, days: number) => new Date(Date.parse(`${iso}T00:00:00Z`) + days * DAY_MS).toISOString().slice(0, 10);
const day = (rng: Rng, from: string, to: string) =>
  new Date(rng.int(Date.parse(`${from}T00:00:00Z`) / DAY_MS, Date.parse(`${to}T00:00:00Z`) / DAY_MS) * DAY_MS).toISOString().slice(0, 10);

/**
 * Dates for a tier's partnerships, as a real inventory would have them: most
 * start in their start year, one in twelve has stopped (2022–2025), and a
 * second network was often joined later. Its own stream: the rest of the tier
 * is the same with and without dates.
 */
export function datePartnerships(
  rows: PartnershipRow[],
  seed: number,
): (PartnershipRow & Period & { networkDates: ({ network: string } & Period)[] })[] {
  const rng = new Rng(seed, 11);
  return rows.map((row) => {
    const validFrom = rng.chance(0.8) ? day(rng, `${row.startYear}-01-01`, `${row.startYear}-12-31`) : null;
    const validTo = rng.chance(1 / 12) ? day(rng, `${Math.max(2022, row.startYear + 1)}-01-01`, '2025-12-31') : null;
    const second = row.networks[1];
    const networkDates =
      second && rng.chance(0.5) ? [{ network: second, validFrom: day(rng, `${row.startYear}-01-01`, '2025-06-30'), validTo: null }] : [];
    return { ...row, validFrom, validTo, networkDates };
  });
}

/**
 * Dates for memberships or seats, in order: `joined` of them joined after the
 * start (2016–2025), `left` of them left (2022–2025). Its own stream per kind.
 */
export function* dateRows<T extends object>(rows: Iterable<T[]>, rng: Rng, joined: number, left: number): Generator<(T & Period)[]> {
  for (const batch of rows) {
    yield batch.map((row) => {
      const from = rng.chance(joined) ? day(rng, '2016-01-01', '2025-06-30') : null;
      const to = rng.chance(left) ? day(rng, from && from >= '2022-01-01' ? plusDays(from, 1) : '2022-01-01', '2026-06-30') : null;
      return { ...row, ...(from || to ? { validFrom: from, validTo: to } : UNDATED) };
    });
  }
}
