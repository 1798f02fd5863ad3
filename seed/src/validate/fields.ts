import { z } from 'zod';
import { LIST_SEPARATOR } from '../format/columns.js';

/** Field rules for raw cells (strings); empty string means unknown. */
export const required = z.string().trim().min(1, 'is required but empty');

export const optional = z
  .string()
  .trim()
  .transform((s) => (s === '' ? null : s));

export const list = z.string().transform((s) =>
  s
    .split(LIST_SEPARATOR)
    .map((part) => part.trim())
    .filter((part) => part !== ''),
);

/** A whole number in [min, max], or empty. */
export function optionalInt(min: number, max: number, what = 'a whole number') {
  return z
    .string()
    .trim()
    .refine((s) => s === '' || (/^-?\d+$/.test(s) && Number(s) >= min && Number(s) <= max), {
      message: `must be ${what} from ${min} to ${max}, or empty`,
    })
    .transform((s) => (s === '' ? null : Number(s)));
}

/** A decimal number (dot as separator) in [min, max], or empty. */
export function optionalDecimal(min: number, max: number, what: string) {
  return z
    .string()
    .trim()
    .refine((s) => s === '' || (/^-?\d+(\.\d+)?$/.test(s) && Number(s) >= min && Number(s) <= max), {
      message: `must be ${what} from ${min} to ${max} (decimal point), or empty`,
    })
    .transform((s) => (s === '' ? null : Number(s)));
}

export function optionalEnum<T extends readonly [string, ...string[]]>(values: T) {
  return z
    .string()
    .trim()
    .refine((s) => s === '' || (values as readonly string[]).includes(s), {
      message: `must be one of ${values.join(', ')}, or empty`,
    })
    .transform((s) => (s === '' ? null : (s as T[number])));
}

export function requiredEnum<T extends readonly [string, ...string[]]>(values: T) {
  return z
    .string()
    .trim()
    .refine((s) => (values as readonly string[]).includes(s), { message: `must be one of ${values.join(', ')}` })
    .transform((s) => s as T[number]);
}

/** An http(s) address, or empty. */
export const optionalUrl = z
  .string()
  .trim()
  .refine((s) => s === '' || /^https?:\/\/[^\s]+$/i.test(s), {
    message: 'must be a web address starting with http:// or https://, or empty',
  })
  .transform((s) => (s === '' ? null : s));

/** True for a calendar date written as ISO 8601 yyyy-mm-dd (2021-02-29 is not one). */
export function isIsoDate(text: string): boolean {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
  if (!match) return false;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}

/** An ISO date yyyy-mm-dd, or empty (DESIGN.md §9.3: `valid_from`, `valid_to`). */
export const optionalDate = z
  .string()
  .trim()
  .refine((s) => s === '' || isIsoDate(s), { message: 'must be a date written as yyyy-mm-dd (e.g. 2021-12-31), or empty' })
  .transform((s) => (s === '' ? null : s));
