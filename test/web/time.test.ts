import { describe, expect, it } from 'vitest';
import { asOfFrom, asOfParamValue, isIsoDate, todayIso } from '../../web/src/filters/asOf.js';
import { changedInput, fieldText, FIELDS, formFieldOf, inputOf, textOf } from '../../web/src/living/fields.js';
import { quarterIndexOf, quartersUntil, stepFrom } from '../../web/src/time/quarters.js';
import { withDates } from '../../web/src/ui/export/exportDates.js';
import { formatFor } from '../../web/src/ui/format.js';
import { mapLink, networkLink } from '../../web/src/ui/links.js';
import { subViewSearch } from '../../web/src/ui/page/subViews.js';
import { DIVERGING_COLOURS, divergingClasses, divergingFill } from '../../web/src/ui/regions/diverging.js';

const spec = (name: string) => FIELDS.partnership.find((f) => f.name === name) ?? FIELDS.table.find((f) => f.name === name)!;

describe('the as-of date in the URL', () => {
  it('reads only real calendar dates written yyyy-mm-dd; anything else is today (null)', () => {
    expect(asOfFrom(new URLSearchParams('per=2021-12-31'))).toBe('2021-12-31');
    for (const wrong of ['2021-02-30', '2021-13-01', '31-12-2021', '2021-1-5', 'gisteren', ''])
      expect(asOfFrom(new URLSearchParams({ per: wrong }))).toBeNull();
    expect(asOfFrom(new URLSearchParams())).toBeNull();
    expect(isIsoDate('2024-02-29')).toBe(true);
    expect(isIsoDate('2023-02-29')).toBe(false);
  });

  it('leaves the URL for today, as the API assumes today without a date', () => {
    const today = todayIso(new Date('2026-11-27T10:00:00Z'));
    expect(today).toBe('2026-11-27');
    expect(asOfParamValue('2026-11-27', today)).toBeNull();
    expect(asOfParamValue(null, today)).toBeNull();
    expect(asOfParamValue('2021-12-31', today)).toBe('2021-12-31');
  });

  it('is today in the Netherlands: 23:30 UTC on 31 December is already 1 January there', () => {
    expect(todayIso(new Date('2021-12-31T23:30:00Z'))).toBe('2022-01-01');
  });

  it('goes along with the links between pages and the sub-view links, next to the filters and the language', () => {
    const from = new URLSearchParams('lang=en&per=2021-12-31&net=groz&view=drukte');
    expect(mapLink(from, { filters: { municipalities: ['GM0363'] } })).toEqual({
      pathname: '/kaart',
      search: '?lang=en&per=2021-12-31&gm=GM0363',
    });
    expect(networkLink(from, 'party:vng').search).toBe('?lang=en&per=2021-12-31&net=groz&mode=explore&focus=party%3Avng');
    expect(subViewSearch(from, 'verandering', false)).toBe('?lang=en&net=groz&per=2021-12-31&view=verandering');
    expect(mapLink(new URLSearchParams('per=geen-datum'), {}).search).toBe('');
  });
});

describe('the quarters of the timeline', () => {
  const quarters = quartersUntil('2026-11-27');

  it('run from the first quarter of 2015 to today’s, each counted on its last day and the current one today', () => {
    expect(quarters).toHaveLength(48);
    expect(quarters[0]).toEqual({ year: 2015, quarter: 1, start: '2015-01-01', end: '2015-03-31' });
    expect(quarters.slice(24, 28).map((q) => q.end)).toEqual(['2021-03-31', '2021-06-30', '2021-09-30', '2021-12-31']);
    expect(quarters[47]).toEqual({ year: 2026, quarter: 4, start: '2026-10-01', end: '2026-11-27' });
    expect(quartersUntil('2026-01-01').at(-1)).toEqual({ year: 2026, quarter: 1, start: '2026-01-01', end: '2026-01-01' });
  });

  it('find the quarter of a date, the last one for a later date', () => {
    expect(quarterIndexOf(quarters, '2021-12-31')).toBe(27);
    expect(quarterIndexOf(quarters, '2021-10-01')).toBe(27);
    expect(quarterIndexOf(quarters, '2014-05-01')).toBe(0);
    expect(quarterIndexOf(quarters, '2030-01-01')).toBe(47);
  });

  it('step a quarter (or a year) from a date to a quarter’s last day, and stay on the strip', () => {
    expect(stepFrom(quarters, '2021-12-31', -1)).toBe('2021-09-30');
    expect(stepFrom(quarters, '2021-12-31', 1)).toBe('2022-03-31');
    // From inside a quarter: forward to its own last day, back to the one before.
    expect(stepFrom(quarters, '2021-11-15', 1)).toBe('2021-12-31');
    expect(stepFrom(quarters, '2021-11-15', -1)).toBe('2021-09-30');
    expect(stepFrom(quarters, '2022-03-31', -4)).toBe('2021-03-31');
    expect(stepFrom(quarters, '2026-11-27', 1)).toBe('2026-11-27');
    expect(stepFrom(quarters, '2015-03-31', -1)).toBe('2015-03-31');
    expect(stepFrom(quarters, '2026-09-30', 4)).toBe('2026-11-27');
  });
});

describe('the diverging classes of a change map', () => {
  it('put the same sizes of change on both sides, darker for larger, and no change in a class of its own', () => {
    const classes = divergingClasses([0, 1, -1, 2, -5, 9, 3, 0]);
    expect(classes.map((c) => [c.min, c.max])).toEqual([
      [-9, -4],
      [-3, -2],
      [-1, -1],
      [0, 0],
      [1, 1],
      [2, 3],
      [4, 9],
    ]);
    expect(classes.map((c) => c.colour)).toEqual([...DIVERGING_COLOURS.less, DIVERGING_COLOURS.none, ...DIVERGING_COLOURS.more]);
    expect(divergingFill(classes, -5)).toBe(DIVERGING_COLOURS.less[0]);
    expect(divergingFill(classes, 0)).toBe(DIVERGING_COLOURS.none);
    expect(divergingFill(classes, 12)).toBe(DIVERGING_COLOURS.more[2]);
    expect(divergingFill(classes, null)).toBeNull();
  });

  it('take the strongest colours when the changes are few and small, so a change of one still shows', () => {
    expect(divergingClasses([1, -1, 0])).toEqual([
      { min: -1, max: -1, colour: DIVERGING_COLOURS.less[0] },
      { min: 0, max: 0, colour: DIVERGING_COLOURS.none },
      { min: 1, max: 1, colour: DIVERGING_COLOURS.more[2] },
    ]);
    expect(divergingClasses([0, 0])).toEqual([{ min: 0, max: 0, colour: DIVERGING_COLOURS.none }]);
  });
});

describe('dates in exports and numbers', () => {
  it('name the as-of date or the period in file names; today adds nothing', () => {
    expect(withDates('drukte', { asOf: '2021-12-31', today: false })).toBe('drukte-per-2021-12-31');
    expect(withDates('drukte', { asOf: '2026-11-27', today: true })).toBe('drukte');
    expect(withDates('netwerkverandering', { from: '2021-12-31', to: '2026-11-27' })).toBe('netwerkverandering-2021-12-31-tot-2026-11-27');
    expect(withDates('drukte', null)).toBe('drukte');
  });

  it('write dates in words and changes with their sign, per language', () => {
    expect(formatFor('nl').date('2021-12-31')).toBe('31 december 2021');
    expect(formatFor('en').date('2021-12-31')).toBe('December 31, 2021');
    expect([3, -1234, 0].map(formatFor('nl').signed)).toEqual(['+3', '−1.234', '0']);
  });
});

describe('dated lines in the editing forms', () => {
  it('read members as id, role and the dates after them; a role may hold commas', () => {
    const text = [
      'gemeente-zwolle, financier',
      'ggd-ijsselland, , 2019-01-01, 2023-07-01',
      'vng, trekker, 2020-05-01',
      'wijkteam, kern, zorg, , 2024-01-01',
    ].join('\n');
    expect(inputOf(spec('members'), text)).toEqual({
      members: [
        { partyId: 'gemeente-zwolle', role: 'financier', validFrom: null, validTo: null },
        { partyId: 'ggd-ijsselland', role: null, validFrom: '2019-01-01', validTo: '2023-07-01' },
        { partyId: 'vng', role: 'trekker', validFrom: '2020-05-01', validTo: null },
        { partyId: 'wijkteam', role: 'kern, zorg', validFrom: null, validTo: '2024-01-01' },
      ],
    });
  });

  it('send networks and seats as their keys plus the dates of the dated ones', () => {
    expect(inputOf(spec('networks'), 'jzojp\nlpa, 2022-01-01\n nza, , 2024-06-30 ')).toEqual({
      networks: ['jzojp', 'lpa', 'nza'],
      networkDates: [
        { network: 'lpa', validFrom: '2022-01-01', validTo: null },
        { network: 'nza', validFrom: null, validTo: '2024-06-30' },
      ],
    });
    expect(inputOf(spec('seats'), 'vng\nggd, 2020-01-01, 2021-01-01')).toEqual({
      seats: ['vng', 'ggd'],
      seatDates: [{ partyId: 'ggd', validFrom: '2020-01-01', validTo: '2021-01-01' }],
    });
    expect(inputOf(spec('validTo'), ' ')).toEqual({ validTo: null });
  });

  it('send only what changed: a changed network date sends the networks and all their dates', () => {
    const initial = { name: 'Samen Gezond', networks: 'jzojp\nlpa', validFrom: '' };
    const values = { name: 'Samen Gezond', networks: 'jzojp\nlpa, , 2025-01-01', validFrom: '2019-03-01' };
    expect(changedInput('partnership', initial, values)).toEqual({
      validFrom: '2019-03-01',
      networks: ['jzojp', 'lpa'],
      networkDates: [{ network: 'lpa', validFrom: null, validTo: '2025-01-01' }],
    });
  });

  it('show a record in the API’s shape (a conflict’s current record) with its dates, as the form writes them', () => {
    const current = {
      networks: ['jzojp', 'lpa'],
      networkDates: [{ network: 'lpa', validFrom: '2022-01-01' }],
      members: [{ partyId: 'vng', role: null, validTo: '2024-01-01' }],
      seats: ['ggd'],
      seatDates: [],
    };
    expect(fieldText(spec('networks'), current)).toBe('jzojp\nlpa, 2022-01-01');
    expect(fieldText(spec('members'), current)).toBe('vng, , , 2024-01-01');
    expect(fieldText(spec('seats'), current)).toBe('ggd');
    expect(textOf([{ network: 'lpa', validFrom: '2022-01-01', validTo: null }])).toBe('lpa, 2022-01-01');
  });

  it('put an error about a date at the field that holds it', () => {
    expect(formFieldOf('input.members.0.validFrom')).toBe('members');
    expect(formFieldOf('networkDates')).toBe('networks');
    expect(formFieldOf('input.seatDates.1.validTo')).toBe('seats');
    expect(formFieldOf('validTo')).toBe('validTo');
  });
});
