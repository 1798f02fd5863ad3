import { AS_OF_PARAM } from '../../filters/asOf';
import { withFilters } from '../../filters/filters';

/**
 * The URL parameters of the shared filters (net, theme, prov, gm, …), read
 * from filters.ts by setting every filter once, so the names live in one place;
 * and the as-of date (`per`), which every view that follows the filters follows too.
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
  AS_OF_PARAM,
];
