import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import uiNl from '../../web/src/ui/nl.json' with { type: 'json' };
import { screenshot } from '../helpers/browser.js';
import {
  csvNumber,
  download,
  labels,
  openDashboards,
  parseCsv,
  parseXlsx,
  rowCount,
  show,
  tableHeaders,
  tableRows,
  texts,
  type Dashboards,
} from '../dashboards/page.js';

const dist = join(import.meta.dirname, '..', '..', 'web', 'dist', 'index.html');

interface Pair {
  a: string;
  b: string;
  shared: number;
  jaccard: number;
  sharedMunicipalities: number;
}
interface Summary {
  id: string;
  name: string;
  level: string | null;
  theme: string | null;
}
interface Detail extends Summary {
  municipalities: { code: string; name: string; province: string }[];
  parties: { id: string; name: string; domain: string }[];
  convenedBy: { name: string } | null;
}
interface Load {
  party: { id: string; name: string; domain: string };
  partnerships: number;
  tables: number;
  load: number;
}

const DUPLICATES = `query($j: Float!) {
  duplicateTables(minJaccard: $j) { a b shared jaccard sharedMunicipalities }
  tables(limit: 20000) { id name level theme }
}`;
const FIELDS = 'id name level theme municipalities { code name province } parties { id name domain } convenedBy { name }';
const PAIR = `query($a: ID!, $b: ID!) { a: table(id: $a) { ${FIELDS} } b: table(id: $b) { ${FIELDS} } }`;
const LOAD = 'query($top: Int!) { partyLoad(top: $top) { party { id name domain } partnerships tables load } }';

const domain = (d: string) => labels.domain(d);
const level = (l: string | null) => labels.level(l) || '–';

/** Union of two lists marked as at both or one: both first, then A's, then B's, each by name. */
function sided<T extends { name: string }>(a: T[], b: T[], id: (x: T) => string, names: [string, string]) {
  const inA = new Set(a.map(id));
  const inB = new Set(b.map(id));
  const all = [...new Map([...a, ...b].map((x) => [id(x), x])).values()];
  const side = (x: T) => (inA.has(id(x)) && inB.has(id(x)) ? 0 : inA.has(id(x)) ? 1 : 2);
  const label = ['Beide tafels', `Alleen ${names[0]}`, `Alleen ${names[1]}`];
  return all.sort((x, y) => side(x) - side(y) || x.name.localeCompare(y.name, 'nl')).map((x) => ({ x, where: label[side(x)]! }));
}

describe('the Tafels dashboards in Chromium', () => {
  let d: Dashboards;
  const goto = async (path: string) => {
    await d.page.goto(`${d.server.url}${path}`);
    await d.page.locator('h1').waitFor();
  };
  const duplicates = async (j: number) => {
    const data = await d.api<{ duplicateTables: Pair[]; tables: Summary[] }>(DUPLICATES, { j });
    const index = new Map(data.tables.map((t) => [t.id, t]));
    const theme = (p: Pair) => {
      const [a, b] = [index.get(p.a)!.theme ?? '–', index.get(p.b)!.theme ?? '–'];
      return a === b ? a : `${a} / ${b}`;
    };
    const row = (p: Pair) => [
      index.get(p.a)!.name,
      index.get(p.b)!.name,
      theme(p),
      show.ratio(p.jaccard),
      show.int(p.shared),
      show.int(p.sharedMunicipalities),
      'Vergelijken',
    ];
    return { pairs: data.duplicateTables, index, row, theme };
  };

  beforeAll(async () => {
    if (!existsSync(dist)) throw new Error('web/dist is missing: build the client first (cd web && pnpm build)');
    d = await openDashboards();
  });
  afterAll(async () => {
    await d?.close();
  });

  it('lists duplicate-table candidates at Jaccard ≥ 0.5 as the API does, and exports them', async () => {
    const { pairs, index, row, theme } = await duplicates(0.5);
    expect(pairs.length).toBeGreaterThan(25);
    await goto('/tafels?dubbele-tafels-rows=0');
    const caption = texts.duplicates.caption;
    expect(await tableRows(d.page, caption)).toEqual(pairs.map(row));
    expect(await tableHeaders(d.page, caption)).toContainEqual({ text: 'Jaccard-index', sort: 'descending' });
    const header = [
      'Tafel A',
      'Tafel B',
      'Thema',
      'Jaccard-index',
      'Gedeelde partijen',
      'Gedeelde gemeenten',
      'Code tafel A',
      'Code tafel B',
    ];
    const raw = pairs.map((p) => [
      index.get(p.a)!.name,
      index.get(p.b)!.name,
      theme(p),
      p.jaccard,
      p.shared,
      p.sharedMunicipalities,
      p.a,
      p.b,
    ]);
    const count = `${show.int(pairs.length)} rijen`;
    expect(parseCsv((await download(d.page, caption, `CSV (${count})`)).body)).toEqual([
      header,
      ...raw.map((r) => r.map((v) => (typeof v === 'number' ? csvNumber(v) : v))),
    ]);
    expect(await parseXlsx((await download(d.page, caption, `XLSX (${count})`)).body)).toEqual([header, ...raw]);
  });

  it('moves the threshold with the keyboard on an accessible slider, in the URL', async () => {
    await goto('/tafels');
    const slider = d.page.getByRole('slider', { name: uiNl.jaccard.threshold });
    expect(await slider.getAttribute('aria-valuetext')).toBe('0,50');
    await slider.focus();
    await d.page.keyboard.press('ArrowRight');
    await expect.poll(() => d.page.url()).toContain('jaccard=0.55');
    expect(await slider.getAttribute('aria-valuetext')).toBe('0,55');
    const at55 = await duplicates(0.55);
    await expect.poll(() => tableRows(d.page, texts.duplicates.caption)).toEqual(at55.pairs.slice(0, 25).map(at55.row));
    await d.page.keyboard.press('End');
    await expect.poll(() => d.page.url()).toContain('jaccard=1');
    const at1 = await duplicates(1);
    await expect.poll(() => tableRows(d.page, texts.duplicates.caption)).toEqual(at1.pairs.slice(0, 25).map(at1.row));
  });

  it('sets a pair side by side: attributes, shared and unshared parties, region', async () => {
    const { pairs, index } = await duplicates(0.5);
    await goto('/tafels');
    for (const pair of [pairs[0]!, pairs[1]!]) {
      if (pair !== pairs[0]) {
        const names = `${index.get(pair.a)!.name} en ${index.get(pair.b)!.name}`;
        await d.page.getByRole('link', { name: `Vergelijken: ${names}`, exact: true }).click();
        await expect.poll(() => new URL(d.page.url()).searchParams.get('paar')).toBe(`${pair.a},${pair.b}`);
        // "Vergelijken" moves focus, and so the view, to the comparison it updates far below the list.
        await expect.poll(() => d.page.evaluate(() => document.activeElement?.id)).toBe('vergelijking');
        expect(await d.page.evaluate(() => document.getElementById('vergelijking')!.getBoundingClientRect().top)).toBeLessThan(100);
      }
      const { a, b } = await d.api<{ a: Detail; b: Detail }>(PAIR, { a: pair.a, b: pair.b });
      const attributes = texts.compare.attributesCaption;
      await expect.poll(async () => (await tableHeaders(d.page, attributes)).map((h) => h.text)).toEqual(['Kenmerk', a.name, b.name]);
      expect(await tableRows(d.page, attributes)).toEqual([
        ['Code', a.id, b.id],
        ['Niveau', level(a.level), level(b.level)],
        ['Thema', a.theme ?? '–', b.theme ?? '–'],
        ['Bijeengeroepen door', a.convenedBy?.name ?? '–', b.convenedBy?.name ?? '–'],
        ['Aantal partijen', show.int(a.parties.length), show.int(b.parties.length)],
        ['Aantal gemeenten', show.int(a.municipalities.length), show.int(b.municipalities.length)],
      ]);
      const parties = sided(a.parties, b.parties, (p) => p.id, [a.name, b.name]);
      expect(await tableRows(d.page, texts.compare.partiesCaption)).toEqual(
        parties.map(({ x, where }) => [x.name, domain(x.domain), where]),
      );
      expect(parties.filter((p) => p.where === 'Beide tafels')).toHaveLength(pair.shared);
      const places = sided(a.municipalities, b.municipalities, (m) => m.code, [a.name, b.name]);
      expect(await tableRows(d.page, texts.compare.municipalitiesCaption)).toEqual(
        places.map(({ x, where }) => [x.name, x.code, x.province, where]),
      );
      expect(places.filter((m) => m.where === 'Beide tafels')).toHaveLength(pair.sharedMunicipalities);
    }
    await screenshot(d.page, 'dashboards-tafels');
  });

  it('ranks parties by load as the API does, with the rows per page in the URL and every party in the export', async () => {
    const row = (l: Load) => [l.party.name, domain(l.party.domain), show.int(l.partnerships), show.int(l.tables), show.int(l.load)];
    const all = (await d.api<{ partyLoad: Load[] }>(LOAD, { top: 1000 })).partyLoad;
    expect(all.length).toBeGreaterThan(50);
    await goto('/tafels?view=belasting');
    const caption = texts.load.caption;
    expect(await tableRows(d.page, caption)).toEqual(all.slice(0, 25).map(row));
    await screenshot(d.page, 'dashboards-belasting');

    await d.page.getByLabel('Rijen per pagina', { exact: true }).selectOption('50');
    await expect.poll(() => d.page.url()).toContain('belasting-rows=50');
    await expect.poll(() => tableRows(d.page, caption)).toEqual(all.slice(0, 50).map(row));
    expect(await rowCount(d.page, caption)).toBe(`1–50 van ${show.int(all.length)}`);
    const xlsx = await parseXlsx((await download(d.page, caption, `XLSX (${show.int(all.length)} rijen)`)).body);
    expect(xlsx).toEqual([
      ['Partij', 'Code', 'Domein', 'Samenwerkingsverbanden', 'Tafels', 'Belasting'],
      ...all.map((l) => [l.party.name, l.party.id, domain(l.party.domain), l.partnerships, l.tables, l.load]),
    ]);
  });
});
