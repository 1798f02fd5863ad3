import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { regions } from '@dsv/seed';
import { screenshot } from '../helpers/browser.js';
import {
  download,
  fileNamePattern,
  networkLabel,
  openDashboards,
  parseXlsx,
  rowCount,
  splitCsv,
  show,
  tableHeaders,
  tableRows,
  texts,
  type Dashboards,
} from '../dashboards/page.js';

const dist = join(import.meta.dirname, '..', '..', 'web', 'dist', 'index.html');

interface Area {
  code: string;
  name: string;
  province: string;
  location: { lat: number; lon: number } | null;
  partnerships: number;
  networks: number;
  tables: number;
  parties: number;
  index: number;
}
interface Province {
  province: string;
  municipalities: number;
  partnerships: number;
  networks: number;
  tables: number;
  parties: number;
  index: number;
}
interface Coverage {
  network: string;
  partnerships: number;
  missingCare: number;
  missingSocial: number;
  missingFinancier: number;
  missingCitizens: number;
}
interface Partnership {
  id: string;
  name: string;
  networks: { key: string }[];
  missingDomains: string[];
}

const CROWDING = `query($province: String) {
  crowding(top: 1000, province: $province) { code name province location { lat lon } partnerships networks tables parties index }
  crowdingByProvince { province municipalities partnerships networks tables parties index }
}`;
const COVERAGE = '{ coverage { network partnerships missingCare missingSocial missingFinancier missingCitizens } }';
const PARTNERSHIPS = `query($filter: PartnershipFilter, $first: Int!) {
  partnerships(filter: $filter, first: $first) { nodes { id name networks { key } missingDomains } }
}`;
const ALL_CORE = ['care', 'social', 'financier', 'citizens'];

const parts = (r: Omit<Province, 'province' | 'municipalities'>) =>
  [r.partnerships, r.networks, r.tables, r.parties, r.index].map(show.int);
const areaRow = (m: Area) => [m.name, m.code, m.province, ...parts(m), 'Op de kaart'];
const provinceRow = (p: Province) => [p.province, show.int(p.municipalities), ...parts(p), 'Op de kaart'];
const coverageRow = (c: Coverage) => [
  networkLabel(c.network),
  ...[c.partnerships, c.missingCare, c.missingSocial, c.missingFinancier, c.missingCitizens].map(show.int),
];
const nameOf = (p: Partnership) => p.name;
/** A coordinate as the map writes it into its URL (about 10 m). */
const coord = (x: number) => String(Math.round(x * 10_000) / 10_000);

describe('the crowding and coverage dashboards in Chromium', () => {
  let d: Dashboards;
  const goto = async (path: string) => {
    await d.page.goto(`${d.server.url}${path}`);
    await d.page.locator('h1').waitFor();
  };
  const crowding = (province: string | null = null) => d.api<{ crowding: Area[]; crowdingByProvince: Province[] }>(CROWDING, { province });
  const partnerships = async (filter: Record<string, unknown>) =>
    (await d.api<{ partnerships: { nodes: Partnership[] } }>(PARTNERSHIPS, { filter, first: 1000 })).partnerships.nodes;

  beforeAll(async () => {
    if (!existsSync(dist)) throw new Error('web/dist is missing: build the client first (cd web && pnpm build)');
    d = await openDashboards();
  });
  afterAll(async () => {
    await d?.close();
  });

  it('ranks municipalities and provinces by the crowding index as the API does, linking each to the map', async () => {
    const api = await crowding();
    await goto('/overlap?view=drukte');
    const municipalities = texts.crowding.municipalitiesCaption;
    expect(await tableRows(d.page, municipalities)).toEqual(api.crowding.slice(0, 25).map(areaRow));
    expect(await tableRows(d.page, texts.crowding.provincesCaption)).toEqual(api.crowdingByProvince.map(provinceRow));
    expect(await tableHeaders(d.page, municipalities)).toContainEqual({ text: 'Drukte-index', sort: 'descending' });

    const top = api.crowding[0]!;
    const link = d.page.getByRole('link', { name: `Op de kaart: ${top.name}`, exact: true });
    expect(await link.getAttribute('href')).toBe(
      `/kaart?gm=${top.code}&lat=${coord(top.location!.lat)}&lon=${coord(top.location!.lon)}&z=11`,
    );
    const [first] = api.crowdingByProvince;
    const inFirst = api.crowding.filter((m) => m.province === first!.province && m.location);
    const centre = (f: 'lat' | 'lon') => coord(inFirst.reduce((s, m) => s + m.location![f], 0) / inFirst.length);
    const provinceLink = d.page.getByRole('link', { name: `Op de kaart: ${first!.province}`, exact: true });
    expect(await provinceLink.getAttribute('href')).toBe(
      `/kaart?${new URLSearchParams({ prov: first!.province, lat: centre('lat'), lon: centre('lon'), z: '9' })}`,
    );
    await screenshot(d.page, 'dashboards-drukte');
    await link.click();
    await expect.poll(() => new URL(d.page.url()).searchParams.get('gm')).toBe(top.code);
    // The map opens where the link points, at the zoom it asks for.
    expect(new URL(d.page.url()).searchParams.get('z')).toBe('11');
  });

  it('sorts by a column from the keyboard, says so with aria-sort and keeps it in the URL', async () => {
    const api = await crowding();
    await goto('/overlap?view=drukte');
    const caption = texts.crowding.municipalitiesCaption;
    const button = d.page.getByRole('table', { name: caption }).getByRole('button', { name: 'Partijen', exact: true });
    await button.focus();
    await d.page.keyboard.press('Enter');
    await expect.poll(() => d.page.url()).toContain('gemeenten-sort=-parties');
    const byParties = [...api.crowding].sort((a, b) => b.parties - a.parties);
    // The URL changes before the table has drawn the new order.
    await expect.poll(() => tableRows(d.page, caption)).toEqual(byParties.slice(0, 25).map(areaRow));
    const headers = await tableHeaders(d.page, caption);
    expect(headers.filter((h) => h.sort !== null)).toEqual([{ text: 'Partijen', sort: 'descending' }]);

    await d.page.keyboard.press('Space');
    await expect.poll(() => d.page.url()).toContain('gemeenten-sort=parties');
    const ascending = [...api.crowding].sort((a, b) => a.parties - b.parties);
    await expect.poll(() => tableRows(d.page, caption)).toEqual(ascending.slice(0, 25).map(areaRow));
    expect(await tableHeaders(d.page, caption)).toContainEqual({ text: 'Partijen', sort: 'ascending' });
  });

  it('filters by province through the shared prov filter, and exports every row that matches', async () => {
    const utrecht = (await crowding('Utrecht')).crowding;
    expect(utrecht.length).toBeGreaterThan(25);
    await goto('/overlap?view=drukte');
    await d.page.getByLabel('Provincie', { exact: true }).selectOption('Utrecht');
    const caption = texts.crowding.municipalitiesCaption;
    await expect.poll(() => rowCount(d.page, caption)).toBe(`1–25 van ${utrecht.length}`);
    // The export holds every matching row, not the page on screen.
    const csv = await download(d.page, caption, `CSV (${show.int(utrecht.length)} rijen)`);
    await d.page.getByLabel('Rijen per pagina', { exact: true }).selectOption('0');
    await expect.poll(() => d.page.url()).toMatch(/prov=Utrecht.*gemeenten-rows=0|gemeenten-rows=0.*prov=Utrecht/);
    // The URL changes before the table has drawn the new order.
    await expect.poll(() => tableRows(d.page, caption)).toEqual(utrecht.map(areaRow));

    // Each municipality's GGD-regio and zorgkantoorregio, by name and code, are in the export (not on screen).
    const regionOf = (type: string, code: string) => regions().find((r) => r.type === type && r.municipalities.includes(code))!;
    const raw = utrecht.map((m) => {
      const [ggd, zk] = [regionOf('GGD', m.code), regionOf('ZORGKANTOOR', m.code)];
      return [m.name, m.code, m.province, ggd.name, ggd.code, zk.name, zk.code, m.partnerships, m.networks, m.tables, m.parties, m.index];
    });
    const header = [
      'Gemeente',
      'CBS-code',
      'Provincie',
      'GGD-regio',
      'GGD-regio (code)',
      'Zorgkantoorregio',
      'Zorgkantoorregio (code)',
      'Samenwerkingsverbanden',
      'Netwerken',
      'Tafels',
      'Partijen',
      'Drukte-index',
    ];
    expect(csv.name).toMatch(fileNamePattern('gemeenten', 'csv'));
    const { rows, about } = splitCsv(csv.body);
    expect(rows).toEqual([header, ...raw.map((r) => r.map(String))]);
    expect(about).toContainEqual(['Filters', 'provincie: Utrecht']);
    expect(about).toContainEqual(['Let op', 'Let op: dit zijn illustratieve gegevens, geen echte samenwerkingsverbanden.']);
    expect(await parseXlsx((await download(d.page, caption, `XLSX (${show.int(utrecht.length)} rijen)`)).body)).toEqual([header, ...raw]);
  });

  it('shows coverage per network and lists the partnerships that lack a core domain', async () => {
    const { coverage } = await d.api<{ coverage: Coverage[] }>(COVERAGE);
    const lacking = await partnerships({ missingDomains: ALL_CORE });
    await goto('/overlap?view=dekking&ontbrekend-domein-rows=0');
    expect(await tableRows(d.page, texts.coverage.tableCaption)).toEqual(coverage.map(coverageRow));
    const list = texts.coverage.listCaption;
    expect((await tableRows(d.page, list)).map((r) => r[0])).toEqual(lacking.map(nameOf));
    await screenshot(d.page, 'dashboards-dekking');

    const withoutCitizens = await partnerships({ missingDomains: ['citizens'] });
    expect(withoutCitizens.length).toBeLessThan(lacking.length);
    await d.page.getByLabel('Ontbrekend domein', { exact: true }).selectOption('citizens');
    await expect.poll(() => d.page.url()).toContain('ontbreekt=citizens');
    await expect.poll(async () => (await tableRows(d.page, list)).map((r) => r[0])).toEqual(withoutCitizens.map(nameOf));
    const xlsx = await parseXlsx((await download(d.page, texts.coverage.tableCaption, `XLSX (${coverage.length} rijen)`)).body);
    expect(xlsx.slice(1)).toEqual(
      coverage.map((c) => [networkLabel(c.network), c.partnerships, c.missingCare, c.missingSocial, c.missingFinancier, c.missingCitizens]),
    );
  });

  it('narrows the lists by the shared URL filters and says so, with a link that clears them', async () => {
    const jzojp = await partnerships({ networks: ['jzojp'], missingDomains: ALL_CORE });
    expect(jzojp.length).toBeGreaterThan(0);
    await goto('/overlap?view=dekking&net=jzojp');
    const list = texts.coverage.listCaption;
    expect((await tableRows(d.page, list)).map((r) => r[0])).toEqual(jzojp.map(nameOf));
    expect(await d.page.getByText('Deze lijst is gefilterd: netwerk: JZOJP-samenwerkingsverbanden.').count()).toBe(1);
    await d.page.getByRole('link', { name: 'Filters wissen' }).click();
    await expect.poll(() => d.page.url()).not.toContain('net=');
    const all = await partnerships({ missingDomains: ALL_CORE });
    await expect.poll(async () => (await tableRows(d.page, list)).map((r) => r[0])).toEqual(all.slice(0, 25).map(nameOf));
  });
});
