import { describe, expect, it } from 'vitest';
import { EMPTY_FILTERS, filtersFrom, isEmpty, toPartnershipFilter, withFilters } from '../../web/src/filters/filters.js';

describe('the shared URL filters', () => {
  it('read every filter from the URL, ignoring phases outside 1-4', () => {
    const params = new URLSearchParams(
      'net=groz,nza&theme=Leefstijl&phase=3,7,x&domain=care&prov=Utrecht&gm=GM0344&regio=GG2514,ZK23&q=vitaal&lang=en',
    );
    expect(filtersFrom(params)).toEqual({
      networks: ['groz', 'nza'],
      themes: ['Leefstijl'],
      phases: [3],
      domains: ['care'],
      provinces: ['Utrecht'],
      municipalities: ['GM0344'],
      regions: ['GG2514', 'ZK23'],
      text: 'vitaal',
    });
  });

  it('write back into the URL, keep other parameters, and drop empty ones', () => {
    const params = new URLSearchParams('lang=en&net=aig&q=oud');
    const next = withFilters(params, { ...EMPTY_FILTERS, networks: ['groz', 'lpa'], phases: [1, 2] });
    expect(next.toString()).toBe('lang=en&net=groz%2Clpa&phase=1%2C2');
    expect(filtersFrom(next)).toEqual({ ...EMPTY_FILTERS, networks: ['groz', 'lpa'], phases: [1, 2] });
  });

  it('become the GraphQL PartnershipFilter with null for what is not chosen', () => {
    expect(toPartnershipFilter({ ...EMPTY_FILTERS, themes: ['Eenzaamheid'], text: 'wijk' })).toEqual({
      networks: null,
      themes: ['Eenzaamheid'],
      phases: null,
      domains: null,
      provinces: null,
      municipalities: null,
      regions: null,
      text: 'wijk',
    });
    expect(isEmpty(EMPTY_FILTERS)).toBe(true);
    expect(isEmpty({ ...EMPTY_FILTERS, text: 'x' })).toBe(false);
  });
});
