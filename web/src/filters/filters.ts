import type { PartnershipFilter } from '../data/gql/graphql';

/**
 * The filters every view shares (map, network, dashboards). They live in the
 * URL, so a link reproduces the view: `?net=groz,nza&theme=Leefstijl&phase=3&domain=care&prov=Utrecht&gm=GM0344&regio=GG2514&q=vitaal`.
 */
export interface Filters {
  networks: string[];
  themes: string[];
  phases: number[];
  domains: string[];
  provinces: string[];
  municipalities: string[];
  /** Region codes of any type (PV…, GG…, ZK…). */
  regions: string[];
  text: string;
}

export const EMPTY_FILTERS: Filters = {
  networks: [],
  themes: [],
  phases: [],
  domains: [],
  provinces: [],
  municipalities: [],
  regions: [],
  text: '',
};

const PARAMS = {
  networks: 'net',
  themes: 'theme',
  phases: 'phase',
  domains: 'domain',
  provinces: 'prov',
  municipalities: 'gm',
  regions: 'regio',
  text: 'q',
} as const;

const list = (params: URLSearchParams, name: string) =>
  (params.get(name) ?? '')
    .split(',')
    .map((v) => v.trim())
    .filter((v) => v !== '');

export function filtersFrom(params: URLSearchParams): Filters {
  return {
    networks: list(params, PARAMS.networks),
    themes: list(params, PARAMS.themes),
    phases: list(params, PARAMS.phases)
      .map(Number)
      .filter((n) => Number.isInteger(n) && n >= 1 && n <= 4),
    domains: list(params, PARAMS.domains),
    provinces: list(params, PARAMS.provinces),
    municipalities: list(params, PARAMS.municipalities),
    regions: list(params, PARAMS.regions),
    text: params.get(PARAMS.text)?.trim() ?? '',
  };
}

/** Writes filters into a copy of the search params; empty filters leave the URL. */
export function withFilters(params: URLSearchParams, filters: Filters): URLSearchParams {
  const next = new URLSearchParams(params);
  for (const key of Object.keys(PARAMS) as (keyof Filters)[]) {
    const value = filters[key];
    const text = Array.isArray(value) ? value.join(',') : value;
    if (text === '') next.delete(PARAMS[key]);
    else next.set(PARAMS[key], text);
  }
  return next;
}

/** The GraphQL `PartnershipFilter` input for these filters (null where nothing is chosen). */
export function toPartnershipFilter(f: Filters): PartnershipFilter {
  const orNull = <T>(v: T[]) => (v.length > 0 ? v : null);
  return {
    networks: orNull(f.networks),
    themes: orNull(f.themes),
    phases: orNull(f.phases),
    domains: orNull(f.domains),
    provinces: orNull(f.provinces),
    municipalities: orNull(f.municipalities),
    regions: orNull(f.regions),
    text: f.text === '' ? null : f.text,
  };
}

export function isEmpty(f: Filters): boolean {
  return Object.values(f).every((v) => (Array.isArray(v) ? v.length === 0 : v === ''));
}
