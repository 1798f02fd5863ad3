import { describe, expect, it } from 'vitest';
import { centreOf, compareLink, mapLink, mapLinkToPlace, networkLink } from '../../web/src/ui/links.js';
import { formatSort, parseSort, tableParams } from '../../web/src/ui/table/tableState.js';

const from = new URLSearchParams('lang=en&net=groz&view=drukte&gemeenten-sort=-parties');

describe('the cross-page links of the kit', () => {
  it('"op de kaart" writes the map’s own lat, lon, z and sel, with the language and the filters it is given', () => {
    expect(mapLinkToPlace(from, { municipalities: ['GM0363'] }, { lat: 52.372_81, lon: 4.893_61 }, 11)).toEqual({
      pathname: '/kaart',
      search: '?lang=en&gm=GM0363&lat=52.3728&lon=4.8936&z=11',
    });
    expect(mapLinkToPlace(from, { provinces: ['Utrecht'] }, null, 9)).toEqual({ pathname: '/kaart', search: '?lang=en&prov=Utrecht' });
  });

  it('keeps the current filters and language when it sets no filters of its own, and drops the page’s own parameters', () => {
    expect(mapLink(from, { view: { selected: 'samen-gezond-zwolle' } })).toEqual({
      pathname: '/kaart',
      search: '?lang=en&net=groz&sel=samen-gezond-zwolle',
    });
    expect(networkLink(from, 'partnership:samen-gezond-zwolle')).toEqual({
      pathname: '/netwerk',
      search: '?lang=en&net=groz&mode=explore&focus=partnership%3Asamen-gezond-zwolle',
    });
  });

  it('"vergelijken" keeps the page and its state, sets the pair and points at the comparison', () => {
    expect(compareLink(new URLSearchParams('view=dubbel&jaccard=0.6'), { a: 't1', b: 't2' }, 'paar')).toEqual({
      search: '?view=dubbel&jaccard=0.6&paar=t1%2Ct2',
      hash: '#vergelijking',
    });
  });

  it('centres on the mean of the known places only', () => {
    expect(centreOf([{ lat: 52, lon: 5 }, null, { lat: 53, lon: 6 }])).toEqual({ lat: 52.5, lon: 5.5 });
    expect(centreOf([null])).toBeNull();
  });
});

describe('the table state in the URL', () => {
  it('reads and writes a sort as the column key, descending with a leading minus', () => {
    expect(parseSort('-index')).toEqual({ key: 'index', direction: 'descending' });
    expect(parseSort('name')).toEqual({ key: 'name', direction: 'ascending' });
    expect([parseSort(null), parseSort(''), parseSort('-')]).toEqual([null, null, null]);
    expect(formatSort({ key: 'index', direction: 'descending' })).toBe('-index');
    expect(tableParams('gemeenten')).toEqual({ sort: 'gemeenten-sort', page: 'gemeenten-page', rows: 'gemeenten-rows' });
  });
});
