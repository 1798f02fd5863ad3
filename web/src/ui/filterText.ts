import type { Filters } from '../filters/filters';
import type { Labels } from './labels';

/** The filters in the order the filter bar lists them. */
export const FILTER_NAMES = [
  'networks',
  'themes',
  'phases',
  'domains',
  'provinces',
  'municipalities',
  'regions',
  'text',
] as const satisfies readonly (keyof Filters)[];

export type FilterName = (typeof FILTER_NAMES)[number];

/**
 * The active filters as words, with names as on screen: "netwerk: Regionale
 * experimenten; fase: 3 – Operationeel"; a region by name and code where
 * `regionNames` knows it. Empty when nothing is filtered.
 */
export function describeFilters(
  filters: Filters,
  labels: Labels,
  name: (filter: FilterName) => string,
  regionNames?: ReadonlyMap<string, string>,
): string {
  const shown: Record<FilterName, (value: string) => string> = {
    networks: (k) => labels.network(k),
    themes: labels.theme,
    phases: (p) => labels.phase(Number(p)),
    domains: labels.domain,
    provinces: (p) => p,
    municipalities: (m) => m,
    regions: (code) => (regionNames?.has(code) ? `${regionNames.get(code)} (${code})` : code),
    text: (q) => `“${q}”`,
  };
  return FILTER_NAMES.flatMap((filter) => {
    const value = filters[filter];
    const values = (Array.isArray(value) ? value : value === '' ? [] : [value]).map((v) => shown[filter](String(v)));
    return values.length === 0 ? [] : [`${name(filter)}: ${values.join(', ')}`];
  }).join('; ');
}
