import { describe, expect, it } from 'vitest';
import { DOMAINS, LIST_SEPARATOR, type RawRow, type SheetName } from '../format/columns.js';
import { findMunicipality } from '../gazetteer/index.js';
import { validateDataset } from '../validate/dataset.js';
import { REPORT_DATE } from './dates.js';
import { illustrativeDataset } from './index.js';

const data = illustrativeDataset();
const sheet = (name: SheetName): RawRow[] => data.sheets[name] ?? [];
const list = (cell: string | undefined) => (cell ? cell.split(LIST_SEPARATOR) : []);
const networks = sheet('networks');
const parties = sheet('parties');
const partnerships = sheet('partnerships');
const memberships = sheet('memberships');
const tables = sheet('tables');
const seats = sheet('seats');
const initiatives = sheet('initiatives');
const partyById = new Map(parties.map((p) => [p.id!, p]));

/** Valid on a day (DESIGN.md §9.3): [validFrom, validTo), an empty bound open. */
const validOn = (day: string, x: { validFrom: string | null; validTo: string | null }) =>
  (x.validFrom === null || x.validFrom <= day) && (x.validTo === null || day < x.validTo);

/** Partnerships per network on a day, counted from the validated dataset. */
function networkCounts(day: string): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const p of validateDataset(data).partnerships.filter((x) => validOn(day, x))) {
    for (const key of p.networks) {
      const dates = p.networkDates.find((d) => d.network === key);
      if (!dates || validOn(day, dates)) counts[key] = (counts[key] ?? 0) + 1;
    }
  }
  return counts;
}

describe('illustrative dataset', () => {
  it("reproduces the report's network table exactly on the report's date, 2021-12-31", () => {
    const counts = networkCounts(REPORT_DATE);
    expect(counts).toEqual({ groz: 10, jzojp: 44, aig: 15, kavels: 3, nza: 7, gezondin: 150, lpa: 258 });
    expect(Object.fromEntries(networks.map((n) => [n.key, Number(n.reported_count)]))).toEqual(counts);
    expect(networks.find((n) => n.key === 'gezondin')?.coordinators).toBe('pharos;platform31');
  });

  it('has other counts since: some partnerships and network entries ended, some prevention agreements started later', () => {
    expect(networkCounts('2026-01-01')).toEqual({ groz: 10, jzojp: 41, aig: 13, kavels: 3, nza: 6, gezondin: 141, lpa: 242 });
    const started = partnerships.filter((p) => p.valid_from! > REPORT_DATE);
    expect(started.map((p) => list(p.networks))).toEqual([
      ['lpa'],
      ['lpa'],
      ['lpa'],
      ['lpa'],
      ['lpa'],
      ['gezondin', 'lpa'],
      ['gezondin', 'lpa'],
    ]);
    expect(started.every((p) => p.valid_from! <= '2024-12-31' && Number(p.start_year) === Number(p.valid_from!.slice(0, 4)))).toBe(true);
    const ended = partnerships.filter((p) => p.valid_to !== '');
    expect(ended.length).toBe(21);
    expect(ended.every((p) => p.valid_from! <= REPORT_DATE && p.valid_to! > REPORT_DATE)).toBe(true);
  });

  it('dates every started partnership in its start year, and members who joined later after its start', () => {
    const byId = new Map(partnerships.map((p) => [p.id!, p]));
    for (const p of partnerships) {
      if (p.start_year === '') expect(p.valid_from).toBe('');
      else expect(p.valid_from!.slice(0, 4)).toBe(p.start_year);
    }
    const joined = memberships.filter((m) => m.valid_from !== '');
    expect(joined.length).toBeGreaterThan(300);
    expect(joined.filter((m) => m.valid_from! <= byId.get(m.partnership_id!)!.valid_from!)).toEqual([]);
    expect(memberships.filter((m) => m.role === 'trekker' && (m.valid_from !== '' || m.valid_to !== ''))).toEqual([]);
    const networkRows = sheet('network_memberships');
    expect(networkRows.length).toBeGreaterThan(20);
    expect(networkRows.filter((r) => !list(byId.get(r.partnership_id!)!.networks).includes(r.network!))).toEqual([]);
  });

  it('lets partnerships belong to several networks, so there are fewer than 487 of them', () => {
    expect(partnerships.length).toBeLessThan(487);
    const both = (a: string, b: string) => partnerships.filter((p) => list(p.networks).includes(a) && list(p.networks).includes(b)).length;
    expect(both('groz', 'nza')).toBeGreaterThan(0);
    expect(both('kavels', 'lpa')).toBeGreaterThan(0);
    expect(both('jzojp', 'aig')).toBeGreaterThan(0);
    expect(both('gezondin', 'lpa')).toBeGreaterThan(0);
  });

  it('has the sizes of the real field', () => {
    expect(partnerships.length).toBeGreaterThanOrEqual(420);
    expect(partnerships.length).toBeLessThanOrEqual(460);
    expect(parties.length).toBeGreaterThanOrEqual(2000);
    expect(parties.length).toBeLessThanOrEqual(3100);
    expect(memberships.length).toBeGreaterThanOrEqual(5800);
    expect(memberships.length).toBeLessThanOrEqual(9000);
    expect(tables.length).toBeGreaterThanOrEqual(300);
    expect(tables.length).toBeLessThanOrEqual(600);
    expect(seats.length).toBeGreaterThanOrEqual(2000);
    expect(initiatives.length).toBeGreaterThan(0);
  });

  it('is the same for the same seed and different for another', () => {
    expect(illustrativeDataset()).toEqual(data);
    expect(illustrativeDataset(7)).toEqual(illustrativeDataset(7));
    expect(illustrativeDataset(7).sheets.partnerships).not.toEqual(data.sheets.partnerships);
  });

  it('uses unique ids and only references that resolve', () => {
    for (const [rows, key] of [
      [networks, 'key'],
      [parties, 'id'],
      [partnerships, 'id'],
      [tables, 'id'],
      [initiatives, 'id'],
    ] as const) {
      expect(new Set(rows.map((r) => r[key])).size).toBe(rows.length);
    }
    const partnershipIds = new Set(partnerships.map((p) => p.id));
    const tableIds = new Set(tables.map((t) => t.id));
    const networkKeys = new Set(networks.map((n) => n.key));
    expect(networks.flatMap((n) => list(n.coordinators)).filter((id) => partyById.get(id)?.domain !== 'national')).toEqual([]);
    expect(memberships.filter((m) => !partnershipIds.has(m.partnership_id) || !partyById.has(m.party_id!))).toEqual([]);
    expect(seats.filter((s) => !tableIds.has(s.table_id) || !partyById.has(s.party_id!))).toEqual([]);
    expect(tables.filter((t) => !partyById.has(t.convened_by!))).toEqual([]);
    expect(initiatives.filter((i) => !partnershipIds.has(i.partnership_id))).toEqual([]);
    expect(partnerships.flatMap((p) => list(p.networks)).filter((k) => !networkKeys.has(k))).toEqual([]);
    const places = [
      ...partnerships.flatMap((p) => list(p.municipalities)),
      ...tables.flatMap((t) => list(t.municipalities)),
      ...parties.map((p) => p.municipality!).filter(Boolean),
    ];
    expect(places.filter((code) => findMunicipality(code)?.code !== code)).toEqual([]);
  });

  it('passes the import validation as a whole', () => {
    const dataset = validateDataset(data);
    expect(dataset.partnerships).toHaveLength(partnerships.length);
    expect(dataset.partnerships.every((p) => p.source === 'illustrative')).toBe(true);
  });

  it.each([
    ['GROZzerdammen Vitaal in Brainport', ['GM0772', 'GM0794']],
    ['Fieldlab Deventer', ['GM0150']],
    ['Kavel 8RHK gezond', ['GM0197', 'GM0222', 'GM0294', 'GM1859', 'GM1876', 'GM1955', 'GM1586', 'GM1509']],
    ['Fieldlab Noordoost-Friesland', ['GM1970']],
    ['Zeeuwse Zorg Coalitie', ['GM0687', 'GM0718', 'GM0715', 'GM0664']],
    ['VeIR netwerk', []],
  ])('names %s, in its municipalities', (name, codes) => {
    const p = partnerships.find((x) => x.name === name);
    expect(p).toBeDefined();
    expect(list(p!.municipalities)).toEqual(expect.arrayContaining(codes));
  });

  it('gives a prevention agreement one municipality, each its own: 258 at the end of 2021, more later', () => {
    const lpa = partnerships.filter((p) => list(p.networks).includes('lpa'));
    expect(lpa.every((p) => list(p.municipalities).length === 1)).toBe(true);
    expect(new Set(lpa.map((p) => p.municipalities)).size).toBe(lpa.length);
    expect(lpa.filter((p) => p.valid_from! <= REPORT_DATE).length).toBe(258);
    expect(lpa.length).toBe(265);
  });

  it('names partnerships the way partnerships name themselves', () => {
    expect(new Set(partnerships.map((p) => p.name)).size).toBe(partnerships.length);
    expect(partnerships.filter((p) => /partnership|\d+$/i.test(p.name!))).toEqual([]);
    expect(partnerships.every((p) => p.source === 'illustrative' && p.description!.length > 40)).toBe(true);
  });

  it('has parties in every domain, national parties without a municipality and local ones with one', () => {
    expect(new Set(parties.map((p) => p.domain))).toEqual(new Set(DOMAINS));
    expect(parties.filter((p) => p.domain === 'national' && p.municipality !== '')).toEqual([]);
    expect(
      parties.filter((p) => ['care', 'social', 'citizens', 'financier-municipality'].includes(p.domain!) && p.municipality === ''),
    ).toEqual([]);
  });

  it('leaves some partnerships without citizens and some without a financier, as the report found', () => {
    const domains = new Map<string, Set<string>>();
    for (const m of memberships) {
      const d = partyById.get(m.party_id!)!.domain!;
      if (!domains.has(m.partnership_id!)) domains.set(m.partnership_id!, new Set());
      domains.get(m.partnership_id!)!.add(d.startsWith('financier') ? 'financier' : d);
    }
    const lacking = (d: string) => [...domains.values()].filter((s) => !s.has(d)).length;
    expect(domains.size).toBe(partnerships.length);
    expect(lacking('citizens')).toBeGreaterThan(0);
    expect(lacking('financier')).toBeGreaterThan(0);
    expect(lacking('care')).toBe(0);
    expect(lacking('social')).toBe(0);
    expect(lacking('citizens')).toBeLessThan(partnerships.length / 2);
  });

  it('gives every partnership one leader', () => {
    const leaders = memberships.filter((m) => m.role === 'trekker').map((m) => m.partnership_id);
    expect(new Set(leaders).size).toBe(leaders.length);
    expect(leaders.length).toBe(partnerships.length);
  });

  it('has tables at every level and near-duplicate tables with largely the same parties', () => {
    expect(new Set(tables.map((t) => t.level))).toEqual(new Set(['local', 'regional', 'national']));
    const seated = new Map<string, Set<string>>();
    for (const s of seats) {
      if (!seated.has(s.table_id!)) seated.set(s.table_id!, new Set());
      seated.get(s.table_id!)!.add(s.party_id!);
    }
    const jaccard = (a: Set<string>, b: Set<string>) => [...a].filter((x) => b.has(x)).length / new Set([...a, ...b]).size;
    const byId = new Map(tables.map((t) => [t.id!, t]));
    const ids = [...seated.keys()];
    const twins = ids.flatMap((a, i) =>
      ids
        .slice(i + 1)
        .filter((b) => jaccard(seated.get(a)!, seated.get(b)!) >= 0.6 && byId.get(a)!.theme === byId.get(b)!.theme)
        .map((b) => [a, b]),
    );
    expect(twins.length).toBeGreaterThan(0);
    const tablesPerParty = new Map<string, number>();
    for (const s of seats) tablesPerParty.set(s.party_id!, (tablesPerParty.get(s.party_id!) ?? 0) + 1);
    expect(Math.max(...tablesPerParty.values())).toBeGreaterThanOrEqual(10);
  });

  it('places partnerships near their municipality, or leaves the position to the centroid', () => {
    const located = partnerships.filter((p) => p.lat !== '');
    expect(located.length).toBeGreaterThan(partnerships.length * 0.7);
    expect(located.length).toBeLessThan(partnerships.length);
    for (const p of located) {
      const near = list(p.municipalities).map((c) => findMunicipality(c)!);
      const km = Math.min(...near.map((m) => Math.hypot((Number(p.lat) - m.lat) * 111, (Number(p.lon) - m.lon) * 68)));
      expect(km, p.name).toBeLessThan(5);
    }
  });
});
