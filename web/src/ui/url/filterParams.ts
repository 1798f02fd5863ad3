import { withFilters } from '../../filters/filters';

/**
 * The URL parameters of the shared filters (net, theme, prov, gm, …), read
 * from filters.ts by setting every filter once, so the names live in one place.
 */
export const FILTER_PARAMS: readonly string[] = [
  ...withFilters(new URLSearchParams(), {
    networks: ['x'],
    themes: ['x'],
    phases: [1],
    domains: ['x'],
    provinces: ['x'],
    municipalities: ['x'],
    regions: ['x'],
    text: 'x',
  }).keys(),
];
