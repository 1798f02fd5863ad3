import { UserInputError } from './errors.js';

/** Caps on list arguments, so one request cannot ask for everything. */
export const MAX_LIST = 1000;

/** Checks an optional count argument; returns the default when absent. */
export function listSize(name: string, value: number | null | undefined, fallback: number, max = MAX_LIST): number {
  if (value === null || value === undefined) return fallback;
  if (!Number.isInteger(value) || value < 1 || value > max) {
    throw new UserInputError(`Argument "${name}" must be a whole number from 1 to ${max} (got ${value}).`, name);
  }
  return value;
}

export function numberIn(name: string, value: number, min: number, max: number, minExclusive = false): number {
  const tooLow = minExclusive ? value <= min : value < min;
  if (!Number.isFinite(value) || tooLow || value > max) {
    throw new UserInputError(
      `Argument "${name}" must be ${minExclusive ? 'more than' : 'at least'} ${min} and at most ${max} (got ${value}).`,
      name,
    );
  }
  return value;
}
