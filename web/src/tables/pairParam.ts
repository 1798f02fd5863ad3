import type { TablePair } from './api';

/** The URL parameter naming the pair of tables set side by side: `?paar=<idA>,<idB>`. */
export const PAIR_PARAM = 'paar';

export const pairValue = (p: Pick<TablePair, 'a' | 'b'>) => `${p.a},${p.b}`;

export function pairFrom(value: string | null): { a: string; b: string } | null {
  const [a, b, ...rest] = (value ?? '').split(',');
  return a && b && rest.length === 0 ? { a, b } : null;
}
