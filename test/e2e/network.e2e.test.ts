import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Db } from '@dsv/neo4j';
import { illustrativeDataset, importRaw } from '@dsv/seed';
import { axeViolations, launchBrowser, screenshot } from '../helpers/browser.js';
import { resetDb, testDb } from '../helpers/db.js';
import { startTestServer, type TestServer } from '../helpers/server.js';
import { labelsFor } from '../../web/src/ui/labels.js';

const dist = join(import.meta.dirname, '..', '..', 'web', 'dist', 'index.html');

type Pair = { a: string; b: string; shared: number; jaccard: number };
type Hood = { node: { key: string }; neighbours: { key: string; name: string }[]; edges: { source: string; target: string }[] };

/** Waits for a state (a query may take a few seconds on a cold database); asserts the state, not the time. */
const poll = <T>(read: () => T | Promise<T>) => expect.poll(read, { timeout: 30_000 });

const two = new Intl.NumberFormat('nl', { minimumFractionDigits: 2, maximumFractionDigits: 2 });
/** The Jaccard index as every view writes it in Dutch: two decimals. */
const jaccardText = (j: number) => two.format(j);

describe('the network view in Chromium, on the illustrative dataset', () => {
  let db: Db;
  let server: TestServer;
  let browser: Browser;
  let context: BrowserContext;
  let page: Page;
  let networkNames: Map<string, string>;

  async function api<T>(query: string, variables?: Record<string, unknown>): Promise<T> {
    const { body } = await server.gql<T>(query, variables);
    expect(body.errors).toBeUndefined();
    return body.data!;
  }

  /** Waits until the chart shows `nodes` nodes, laid out, with no answer pending. */
  async function graphReady(nodes?: number) {
    const count = nodes === undefined ? '' : `[data-nodes="${nodes}"]`;
    await page.locator(`figure[aria-busy="false"][data-layout="done"]${count}`).waitFor();
  }

  const rows = (table: 'nodes' | 'edges') => page.locator(`table[data-table="${table}"] tbody tr`);
  /** The keys of every node in the nodes table, through all its pages. */
  async function nodeKeys(): Promise<string[]> {
    const keys: string[] = [];
    const next = page
      .getByRole('navigation', { name: /^(Pagina's van|Pages of) / })
      .first()
      .getByRole('button', { name: /^(Volgende|Next)$/ });
    for (;;) {
      keys.push(...(await rows('nodes').evaluateAll((trs) => trs.map((tr) => tr.getAttribute('data-key')!))));
      if ((await next.count()) === 0 || (await next.isDisabled())) break;
      const first = await rows('nodes').first().getAttribute('data-key');
      await next.click();
      await poll(() => rows('nodes').first().getAttribute('data-key')).not.toBe(first);
    }
    return keys.sort();
  }
  const NEIGHBOURHOODS =
    'query ($nodes: [NodePage!]!) { neighbourhoods(nodes: $nodes) { node { key } neighbours { key name } edges { source target } } }';
  const hoods = async (nodes: { kind: string; id: string; limit?: number }[]) =>
    (await api<{ neighbourhoods: Hood[] }>(NEIGHBOURHOODS, { nodes })).neighbourhoods;
  const edgeCells = () =>
    rows('edges').evaluateAll((trs) => trs.map((tr) => [...tr.querySelectorAll('th, td')].map((td) => td.textContent)));
  const param = (name: string) => new URL(page.url()).searchParams.get(name);

  beforeAll(async () => {
    if (!existsSync(dist)) throw new Error('web/dist is missing: build it first (cd web && pnpm build)');
    db = testDb();
    await resetDb(db);
    await importRaw(db, illustrativeDataset(), { replace: true });
    server = await startTestServer(db, { NODE_ENV: 'production' });
    browser = await launchBrowser();
    context = await browser.newContext({ viewport: { width: 1280, height: 900 }, acceptDownloads: true });
    page = await context.newPage();
    const { networks } = await api<{ networks: { key: string; name: string }[] }>('{ networks { key name } }');
    // Networks carry the kit's labels (the report's names), not the names the data gives them.
    const labels = labelsFor('nl');
    networkNames = new Map(networks.map((n) => [n.key, labels.network(n.key, n.name)]));
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
    await db?.close();
  });

  it('keeps Cytoscape out of the first page and loads it, with its layout worker, for the chart', async () => {
    const scripts: string[] = [];
    page.on('request', (r) => (r.resourceType() === 'script' ? scripts.push(new URL(r.url()).pathname) : undefined));
    await page.goto(`${server.url}/kaart`);
    await page.locator('h1').waitFor();
    await page.waitForLoadState('networkidle');
    expect(scripts.filter((s) => /GraphCanvas|\.worker/.test(s))).toEqual([]);
    await page.goto(`${server.url}/netwerk`);
    await graphReady(7);
    expect(scripts.some((s) => s.includes('GraphCanvas'))).toBe(true);
    // Seven networks: fcose's worker; the force layout's worker loads only for a large graph.
    expect(scripts.some((s) => s.includes('fcose.worker'))).toBe(true);
    expect(scripts.some((s) => s.includes('force.worker'))).toBe(false);
    page.removeAllListeners('request');
  });

  it('networks mode: seven nodes and exactly the overlap pairs of the API, for each basis', async () => {
    for (const [basis, label] of [
      ['PARTNERSHIPS', null],
      ['PARTIES', 'Partijen'],
      ['MUNICIPALITIES', 'Gemeenten'],
    ] as const) {
      const { networkOverlap } = await api<{ networkOverlap: Pair[] }>(
        'query ($b: OverlapBasis!) { networkOverlap(basis: $b) { a b shared jaccard } }',
        { b: basis },
      );
      if (label === null) await page.goto(`${server.url}/netwerk`);
      else await page.getByRole('radio', { name: label }).click();
      await poll(() => param('basis')).toBe(label === null ? null : basis.toLowerCase());
      const expected = networkOverlap.map((p) => [
        networkNames.get(p.a),
        networkNames.get(p.b),
        'Overlap',
        String(p.shared),
        jaccardText(p.jaccard),
      ]);
      await poll(edgeCells).toEqual(expected);
      await graphReady(7);
      expect(await page.locator('figure').getAttribute('data-edges')).toBe(String(networkOverlap.length));
      expect(await nodeKeys()).toEqual([...networkNames.keys()].map((k) => `network:${k}`).sort());
    }
    await screenshot(page, 'network-networks');
  });

  it('exports what it shows: nodes and links as CSV, the chart as PNG', async () => {
    await page.goto(`${server.url}/netwerk`);
    await graphReady(7);
    const edges = Number(await page.locator('figure').getAttribute('data-edges'));
    const saved = async (button: string | RegExp, group?: string) => {
      const scope = group ? page.getByRole('group', { name: `Downloaden: ${group}`, exact: true }) : page;
      const [download] = await Promise.all([page.waitForEvent('download'), scope.getByRole('button', { name: button }).click()]);
      return readFileSync((await download.path())!);
    };
    /** The data rows of a Dutch CSV export: up to the empty line before its "about" block. */
    const lines = (file: Buffer) => {
      const all = file
        .toString('utf8')
        .replace(/^\uFEFF/, '')
        .split(/\r?\n/);
      return all.slice(0, all.indexOf(''));
    };
    const nodesCsv = lines(await saved(/^CSV \(7 rijen\)$/, 'Knopen'));
    expect(nodesCsv[0]).toBe(
      'Naam;Soort;Netwerk, domein of thema;Verbindingen in de grafiek;id;Fase;Provincie;Verbindingen in de gegevens',
    );
    expect(nodesCsv).toHaveLength(1 + 7);
    expect(lines(await saved(/^CSV \(/, 'Verbindingen'))).toHaveLength(1 + edges);
    const png = await saved('PNG downloaden');
    expect(png.subarray(1, 4).toString('latin1')).toBe('PNG');
  });
  describe('explore mode', () => {
    type Member = { party: { id: string; name: string } };
    type Candidate = { id: string; name: string; members: Member[]; municipalities: { code: string; name: string }[] };
    let partnership: Candidate;

    beforeAll(async () => {
      // A partnership whose whole neighbourhood fits on one page (25); its members from the partnership query.
      const { partnerships } = await api<{ partnerships: { nodes: { id: string }[] } }>('{ partnerships(first: 150) { nodes { id } } }');
      const sizes = await api<{ neighbourhoods: { node: { id: string }; total: number }[] }>(
        'query ($nodes: [NodePage!]!) { neighbourhoods(nodes: $nodes) { node { id } total } }',
        { nodes: partnerships.nodes.map((p) => ({ kind: 'PARTNERSHIP', id: p.id })) },
      );
      const id = sizes.neighbourhoods.find((h) => h.total >= 6 && h.total <= 20)!.node.id;
      partnership = (
        await api<{ partnership: Candidate }>(
          'query ($id: ID!) { partnership(id: $id) { id name members { party { id name } } municipalities { code name } } }',
          { id },
        )
      ).partnership;
    });

    it('starts from a search hit and shows the partnership with its parties and municipalities', async () => {
      await page.goto(`${server.url}/netwerk?mode=explore`);
      await page.getByRole('searchbox', { name: 'Zoek een startpunt' }).fill(partnership.name);
      await page.getByRole('button', { name: 'Zoeken', exact: true }).click();
      await page.getByRole('button', { name: `${partnership.name} (Samenwerkingsverband)` }).click();
      const key = `partnership:${partnership.id}`;
      await poll(() => param('focus')).toBe(key);
      const neighbours = [
        ...partnership.members.map((m) => `party:${m.party.id}`),
        ...partnership.municipalities.map((m) => `municipality:${m.code}`),
      ];
      await graphReady(1 + neighbours.length);
      expect(await nodeKeys()).toEqual([key, ...neighbours].sort());
      expect(await page.locator('figure').getAttribute('data-edges')).toBe(String(neighbours.length));
      expect(await rows('edges').filter({ hasText: 'Lid van' }).count()).toBe(partnership.members.length);
      await screenshot(page, 'network-explore');
    });

    it('expands a party from the table, as a click on the chart would, with the API’s neighbours', async () => {
      const party = partnership.members[0]!.party;
      await page.getByRole('button', { name: `Buren tonen: ${party.name}` }).click();
      await poll(() => param('exp')).toBe(`partnership:${partnership.id},party:${party.id}`);
      const loaded = await hoods([
        { kind: 'PARTNERSHIP', id: partnership.id },
        { kind: 'PARTY', id: party.id },
      ]);
      const expected = new Set(loaded.flatMap((h) => [h.node.key, ...h.neighbours.map((n) => n.key)]));
      expect(expected.size).toBeGreaterThan(1 + partnership.members.length + partnership.municipalities.length);
      await graphReady(expected.size);
      expect(await nodeKeys()).toEqual([...expected].sort());
    });

    it('is usable by keyboard: arrows move, the node is read out, Space selects, Enter expands, Escape clears', async () => {
      await page.locator('.dsv-network__canvas-box').focus();
      await page.keyboard.press('Escape');
      await poll(() => param('sel')).toBeNull();
      await page.keyboard.press('ArrowRight');
      const spoken = (await page.locator('.dsv-network__canvas-box [aria-live]').textContent()) ?? '';
      expect(spoken).not.toBe('');
      await page.keyboard.press(' ');
      await poll(() => param('sel')).not.toBeNull();
      const selected = param('sel')!;
      const name = await page.locator(`.dsv-network__selection li[data-key="${selected}"] strong`).textContent();
      expect(spoken.startsWith(`${name}, `)).toBe(true);
      await page.keyboard.press('Enter');
      await poll(() => param('exp')?.split(',')).toContain(selected);
      await page.keyboard.press('Escape');
      await poll(() => param('sel')).toBeNull();
    });
  });

  it('tables mode: duplicate pairs of the API are drawn as highlighted links with their Jaccard index', async () => {
    for (const min of [0.5, 0.7]) {
      const { duplicateTables, tables } = await api<{ duplicateTables: Pair[]; tables: { id: string; name: string }[] }>(
        `{ duplicateTables(minJaccard: ${min}) { a b shared jaccard } tables(limit: 20000) { id name } }`,
      );
      expect(duplicateTables.length).toBeGreaterThan(0);
      const name = new Map(tables.map((t) => [t.id, t.name]));
      await page.goto(`${server.url}/netwerk?mode=tables&alle=1${min === 0.5 ? '' : `&minj=${min}`}`);
      await graphReady();
      const duplicates = rows('edges').and(page.locator('[data-kind="duplicate"]'));
      const expected = duplicateTables.map((p) => [
        name.get(p.a),
        name.get(p.b),
        'Dubbele tafel',
        String(p.shared),
        jaccardText(p.jaccard),
      ]);
      // Duplicates come first in the links table; compare what its first page shows.
      const firstPage = expected.slice(0, 25);
      expect(
        await duplicates.evaluateAll((trs) => trs.map((tr) => [...tr.querySelectorAll('th, td')].map((td) => td.textContent))),
      ).toEqual(firstPage);
      expect(await page.getByText('Rood met getal: dubbele tafels (Jaccard-index)').count()).toBe(1);
    }
    await screenshot(page, 'network-tables');
  });

  it('draws the full tables graph as one node per community, opens one by keyboard, and every node when asked', async () => {
    const { tableGraph } = await api<{ tableGraph: { nodes: { key: string }[]; edges: unknown[] } }>(
      '{ tableGraph { nodes { key } edges { source } } }',
    );
    const total = tableGraph.nodes.length;
    expect(total).toBeGreaterThan(1000);
    await page.goto(`${server.url}/netwerk?mode=tables&alle=1`);
    await graphReady(total);
    const figure = page.locator('figure');
    const clusters = Number(await figure.getAttribute('data-clusters'));
    const drawn = Number(await figure.getAttribute('data-drawn'));
    expect(clusters).toBeGreaterThan(1);
    expect(drawn).toBeLessThan(total - clusters);
    // The table alternative still lists every node.
    const nodesCsv = page.getByRole('group', { name: 'Downloaden: Knopen', exact: true }).getByRole('button', { name: /^CSV \(/ });
    expect(await nodesCsv.textContent()).toBe(`CSV (${new Intl.NumberFormat('nl').format(total)} rijen)`);

    // The keyboard starts on the biggest node, a community; Enter draws its nodes.
    await page.locator('.dsv-network__canvas-box').focus();
    await page.keyboard.press('ArrowRight');
    // The live region says it once the key is handled.
    const live = page.locator('.dsv-network__canvas-box [aria-live]');
    await poll(async () => (await live.textContent()) ?? '').toMatch(/^Groep van [\d.]+ knopen rond /);
    const spoken = (await live.textContent()) ?? '';
    const members = Number(/^Groep van ([\d.]+) knopen rond /.exec(spoken)?.[1]?.replace('.', ''));
    expect(members).toBeGreaterThan(2);
    await page.keyboard.press('Enter');
    await poll(() => param('open')).toMatch(/^cluster:\d+$/);
    await page.locator(`figure[data-layout="done"][data-clusters="${clusters - 1}"]`).waitFor();
    expect(Number(await figure.getAttribute('data-drawn'))).toBe(drawn + members);

    // Every node: the force layout draws each one (WebGL is software in this Chromium, so the 2D canvas).
    // The box follows the URL, which the click sets: it shows checked a moment later.
    const every = page.getByLabel('Elke knoop tekenen');
    await every.click();
    await poll(() => param('alleknopen')).toBe('1');
    await poll(() => every.isChecked()).toBe(true);
    await page.locator(`figure[data-layout="done"][data-engine="force"][data-clusters="0"]`).waitFor({ timeout: 120_000 });
    expect(await figure.getAttribute('data-drawn')).toBe(String(total));
    expect(await figure.getAttribute('data-nodes')).toBe(String(total));
    expect(await page.locator('.dsv-network__canvas-box').getAttribute('data-renderer')).toBe('canvas');
    // A graph this large has its plain links drawn on the edge layer under Cytoscape's canvas ...
    const links = Number(await figure.getAttribute('data-edges'));
    expect(total + links).toBeGreaterThan(3000);
    const layer = page.locator('.dsv-network__canvas > canvas[aria-hidden="true"]');
    const inked = () =>
      layer.evaluate((canvas: HTMLCanvasElement) => {
        const alpha = canvas.getContext('2d')!.getImageData(0, 0, canvas.width, canvas.height).data;
        let n = 0;
        for (let i = 3; i < alpha.length; i += 4) if (alpha[i]! > 0) n++;
        return n;
      });
    await poll(inked).toBeGreaterThan(10_000);
    // ... and in the PNG, which is drawn at twice the size of the whole graph.
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'PNG downloaden' }).click()]);
    const png = readFileSync((await download.path())!);
    expect(png.subarray(1, 4).toString('latin1')).toBe('PNG');
    expect(png.readUInt32BE(16)).toBeGreaterThan(1000);
    await screenshot(page, 'network-tables-all-nodes');
  });

  it('makes the parties with the highest load stand out in tables mode', async () => {
    const { partyLoad } = await api<{ partyLoad: { party: { id: string } }[] }>('{ partyLoad(top: 10) { party { id } } }');
    for (const { party } of [partyLoad[0]!, partyLoad[9]!]) {
      await page.goto(`${server.url}/netwerk?mode=tables&alle=1&sel=party:${party.id}`);
      await graphReady();
      expect(await page.locator(`.dsv-network__selection li[data-key="party:${party.id}"]`).textContent()).toContain('hoogste belasting');
    }
  });

  it('restores a view from its URL: mode, expansions (with "show more"), selection, focus mode and language', async () => {
    const { partyLoad } = await api<{ partyLoad: { party: { id: string; name: string; partnerships: { id: string }[] } }[] }>(
      '{ partyLoad(top: 1) { party { id name partnerships { id } } } }',
    );
    const party = partyLoad[0]!.party;
    const start = party.partnerships[0]!.id;
    const key = `party:${party.id}`;
    page = await context.newPage();
    await page.goto(`${server.url}/netwerk?focus=partnership:${start}&exp=partnership:${start},${key}*2&sel=${key}&isolate=1&lang=en`);
    await graphReady();
    expect(await page.locator('section.dsv-network > h2').textContent()).toBe('Explore');
    expect(await page.getByLabel('Show only the selection and its neighbours').isChecked()).toBe(true);
    const loaded = await hoods([
      { kind: 'PARTNERSHIP', id: start },
      { kind: 'PARTY', id: party.id, limit: 50 },
    ]);
    const linked = loaded.flatMap((h) => h.edges).flatMap((e) => (e.source === key ? [e.target] : e.target === key ? [e.source] : []));
    const expected = new Set([key, ...linked]);
    expect(expected.size).toBe(51);
    expect(await page.locator('figure').getAttribute('data-nodes')).toBe('51');
    expect(await nodeKeys()).toEqual([...expected].sort());
    expect(await page.locator(`.dsv-network__selection li[data-key="${key}"] strong`).textContent()).toBe(party.name);
    await screenshot(page, 'network-restored-en');
  });

  for (const path of [
    '/netwerk',
    '/netwerk?mode=tables&sel=table:x',
    '/netwerk?focus=party:cz&sel=party:cz',
    '/netwerk?mode=explore&find=gezond&lang=en',
  ]) {
    it(`has no WCAG 2.1 A/AA violations on ${path}`, async () => {
      await page.goto(`${server.url}${path}`);
      await page.locator('h1').waitFor();
      await page.waitForLoadState('networkidle');
      if (!path.includes('find=')) await graphReady();
      expect(await axeViolations(page)).toEqual([]);
    });
  }
});
