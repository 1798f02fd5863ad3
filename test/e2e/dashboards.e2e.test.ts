import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { axeViolations, screenshot } from '../helpers/browser.js';
import {
  csvNumber,
  download,
  fileNamePattern,
  labels,
  networkLabel,
  openDashboards,
  parseCsv,
  parseXlsx,
  show,
  tableHeaders,
  tableRows,
  texts,
  type Dashboards,
} from '../dashboards/page.js';

const dist = join(import.meta.dirname, '..', '..', 'web', 'dist', 'index.html');

interface Combination {
  networks: string[];
  exclusive: number;
  intersection: number;
}
interface Pair {
  a: string;
  b: string;
  shared: number;
  jaccard: number;
}
interface Partnership {
  id: string;
  name: string;
  networks: { key: string }[];
  missingDomains: string[];
}

const OVERLAP = `query($basis: OverlapBasis!) {
  networkIntersections(basis: $basis) { networks exclusive intersection }
  networkOverlap(basis: $basis) { a b shared jaccard }
  networks { key partnershipCount }
}`;
const PARTNERSHIPS = `query($filter: PartnershipFilter, $first: Int!) {
  partnerships(filter: $filter, first: $first) { totalCount nodes { id name networks { key } missingDomains } }
}`;

const coreDomain = (d: string) => labels.coreDomain(d);
const combinationRow = (c: Combination) => [
  c.networks.map(networkLabel).join(' + '),
  show.int(c.networks.length),
  show.int(c.exclusive),
  show.int(c.intersection),
];
const pairRow = (p: Pair) => [networkLabel(p.a), networkLabel(p.b), show.int(p.shared), show.ratio(p.jaccard)];
const partnershipRow = (p: Partnership) => [
  p.name,
  p.id,
  p.networks.map((n) => networkLabel(n.key)).join(', '),
  show.int(p.networks.length),
  p.missingDomains.length === 0 ? texts.partnerships.complete : p.missingDomains.map(coreDomain).join(', '),
];
const unit = { PARTNERSHIPS: 'samenwerkingsverbanden', PARTIES: 'partijen', MUNICIPALITIES: 'gemeenten' } as const;
const upsetCaption = (basis: keyof typeof unit) => `Combinaties van netwerken: aantal ${unit[basis]}`;
const pairsCaption = (basis: keyof typeof unit) => `Paren van netwerken met gedeelde ${unit[basis]}`;

describe('the Overlap dashboards in Chromium', () => {
  let d: Dashboards;
  const goto = async (path: string) => {
    await d.page.goto(`${d.server.url}${path}`);
    await d.page.locator('h1').waitFor();
  };

  beforeAll(async () => {
    if (!existsSync(dist)) throw new Error('web/dist is missing: build the client first (cd web && pnpm build)');
    d = await openDashboards();
  });
  afterAll(async () => {
    await d?.close();
  });

  it('shows the UpSet combinations, set sizes and Jaccard pairs exactly as the API gives them', async () => {
    const api = await d.api<{
      networkIntersections: Combination[];
      networkOverlap: Pair[];
      networks: { key: string; partnershipCount: number }[];
    }>(OVERLAP, { basis: 'PARTNERSHIPS' });
    await goto('/overlap');
    expect(await tableRows(d.page, upsetCaption('PARTNERSHIPS'), true)).toEqual(api.networkIntersections.map(combinationRow));
    expect(await tableRows(d.page, pairsCaption('PARTNERSHIPS'), true)).toEqual(api.networkOverlap.map(pairRow));
    // On partnerships, a network's set size is its partnership count.
    const sizes = [...api.networks].sort((x, y) => y.partnershipCount - x.partnershipCount || x.key.localeCompare(y.key));
    expect(await tableRows(d.page, 'Aantal samenwerkingsverbanden per netwerk')).toEqual(
      sizes.map((n) => [networkLabel(n.key), show.int(n.partnershipCount)]),
    );
    // The chart draws one bar per combination and one matrix cell per pair of networks.
    const upset = d.page.getByRole('img', { name: /UpSet-diagram/ });
    expect(await upset.locator('g > rect').count()).toBe(api.networkIntersections.length + api.networks.length);
    const matrix = d.page.getByRole('img', { name: /Jaccard-index van elk paar/ });
    expect(await matrix.locator('g > rect').count()).toBe(api.networks.length ** 2);
    await screenshot(d.page, 'dashboards-overlap');
  });

  for (const basis of ['PARTIES', 'MUNICIPALITIES'] as const) {
    it(`switches the basis to ${basis.toLowerCase()} and keeps it in the URL`, async () => {
      const api = await d.api<{ networkIntersections: Combination[]; networkOverlap: Pair[] }>(OVERLAP, { basis });
      await goto('/overlap');
      // The radio follows the URL, which the click sets.
      await d.page.getByRole('radio', { name: texts.overlap.basis[basis] }).click();
      await expect.poll(() => d.page.url()).toContain(`basis=${basis.toLowerCase()}`);
      await expect.poll(() => tableRows(d.page, upsetCaption(basis), true)).toEqual(api.networkIntersections.map(combinationRow));
      await expect.poll(() => tableRows(d.page, pairsCaption(basis), true)).toEqual(api.networkOverlap.map(pairRow));
      await d.page.reload();
      expect(await d.page.getByRole('radio', { name: texts.overlap.basis[basis] }).isChecked()).toBe(true);
    });
  }

  it('exports every combination as CSV and XLSX with names as on screen, and the charts as PNG and SVG', async () => {
    const api = await d.api<{ networkIntersections: Combination[] }>(OVERLAP, { basis: 'PARTNERSHIPS' });
    await goto('/overlap');
    const caption = upsetCaption('PARTNERSHIPS');
    const header = ['Combinatie van netwerken', 'Aantal netwerken', 'Alleen deze combinatie', 'Ten minste deze netwerken'];
    const raw = api.networkIntersections.map((c) => [
      c.networks.map(networkLabel).join(' + '),
      c.networks.length,
      c.exclusive,
      c.intersection,
    ]);
    const count = api.networkIntersections.length;

    const csv = await download(d.page, caption, `CSV (${show.int(count)} rijen)`);
    expect(csv.name).toMatch(fileNamePattern('combinaties', 'csv'));
    expect(parseCsv(csv.body)).toEqual([header, ...raw.map((r) => r.map((v) => (typeof v === 'number' ? csvNumber(v) : v)))]);

    const xlsx = await download(d.page, caption, `XLSX (${show.int(count)} rijen)`);
    expect(xlsx.name).toMatch(fileNamePattern('combinaties', 'xlsx'));
    expect(await parseXlsx(xlsx.body)).toEqual([header, ...raw]);

    const chart = 'UpSet-diagram: samenwerkingsverbanden per combinatie van netwerken';
    const svg = await download(d.page, chart, 'SVG');
    expect(svg.name).toMatch(fileNamePattern('upset-partnerships', 'svg'));
    expect(svg.body.toString('utf8')).toMatch(/^<\?xml[^>]*>\s*<svg[^>]*xmlns="http:\/\/www.w3.org\/2000\/svg"/);
    expect(svg.body.toString('utf8')).toContain(`<title`);
    const png = await download(d.page, chart, 'PNG');
    expect(png.name).toMatch(fileNamePattern('upset-partnerships', 'png'));
    expect([...png.body.subarray(0, 8)]).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
  });

  it('lists every partnership in two or more networks, as the API filter minNetworks: 2 does', async () => {
    const { partnerships } = await d.api<{ partnerships: { totalCount: number; nodes: Partnership[] } }>(PARTNERSHIPS, {
      filter: { minNetworks: 2 },
      first: 1000,
    });
    expect(partnerships.totalCount).toBeGreaterThan(25);
    await goto('/overlap?meerdere-netwerken-rows=0');
    const caption = texts.overlap.several.caption;
    expect(await tableRows(d.page, caption)).toEqual(partnerships.nodes.map(partnershipRow));
    const csv = parseCsv((await download(d.page, caption, `CSV (${show.int(partnerships.totalCount)} rijen)`)).body);
    expect(csv.slice(1)).toEqual(partnerships.nodes.map(partnershipRow));
    // 25 rows unless asked otherwise
    await goto('/overlap');
    expect(await tableRows(d.page, caption)).toEqual(partnerships.nodes.slice(0, 25).map(partnershipRow));
    expect(await tableHeaders(d.page, caption)).toContainEqual({ text: 'Samenwerkingsverband', sort: 'ascending' });
  });

  const SUB_VIEWS = [
    '/overlap',
    '/overlap?basis=parties',
    '/overlap?view=drukte',
    '/overlap?view=dekking',
    '/tafels',
    '/tafels?view=belasting',
    '/overlap?lang=en',
    '/overlap?view=drukte&lang=en',
    '/tafels?lang=en',
  ];
  for (const path of SUB_VIEWS) {
    it(`has no WCAG 2.1 A/AA violations on ${path}`, async () => {
      await goto(path);
      await d.page.locator('table').first().waitFor();
      await d.page.waitForLoadState('networkidle');
      expect(await d.page.locator('[role="status"]', { hasText: /Laden|Loading/ }).count()).toBe(0);
      expect(await axeViolations(d.page)).toEqual([]);
    });
  }

  it('speaks English with ?lang=en, in the sub-view links, tables and charts', async () => {
    await goto('/overlap?lang=en');
    expect(await d.page.title()).toBe('Overlap between networks – Overlap – DSV-kaart');
    const nav = d.page.getByRole('navigation', { name: 'Parts of Overlap' });
    expect(await nav.getByRole('link').allTextContents()).toEqual([
      'Overlap between networks',
      'Crowding',
      'Change over time',
      'Domain coverage',
      'Bridges between networks',
      'Communities',
    ]);
    await d.page.getByRole('table', { name: 'Combinations of networks: number of partnerships' }).waitFor();
    expect(await d.page.getByRole('img', { name: /^UpSet plot: partnerships per combination of networks/ }).count()).toBe(1);
    await screenshot(d.page, 'dashboards-overlap-en');
    await nav.getByRole('link', { name: 'Crowding' }).click();
    await expect.poll(() => d.page.url()).toMatch(/lang=en&view=drukte$/);
    expect(await d.page.getByRole('link', { name: 'Crowding' }).getAttribute('aria-current')).toBe('page');
  });
});
