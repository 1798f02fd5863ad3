import { existsSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import overlapNl from '../../web/src/overlap/nl.json' with { type: 'json' };
import { PAGE_SIZE } from '../../web/src/network/state/viewState.js';
import { axeViolations, screenshot } from '../helpers/browser.js';
import { download, labels, networkLabel, openDashboards, show, splitCsv, tableRows, type Dashboards } from '../dashboards/page.js';

const dist = join(import.meta.dirname, '..', '..', 'web', 'dist', 'index.html');

/** The date of the report's table (DESIGN.md §1); the illustrative data has changed since. */
const REPORT_DATE = '2021-12-31';

interface Reach {
  party: { id: string; name: string; domain: string };
  networks: number;
  partnerships: number;
  municipalities: number;
}
interface Coverage {
  network: string;
  partnerships: number;
  missingCare: number;
  missingSocial: number;
  missingFinancier: number;
  missingCitizens: number;
}

const REACH = 'query($asOf: Date) { partyReach(top: 1000, asOf: $asOf) { party { id name domain } networks partnerships municipalities } }';
const COVERAGE =
  'query($asOf: Date) { coverage(asOf: $asOf) { network partnerships missingCare missingSocial missingFinancier missingCitizens } }';
const PARTY = 'query($id: ID!, $asOf: Date) { party(id: $id, asOf: $asOf) { domain partnerships { id } tables { id } } }';
const HOOD = `query($nodes: [NodePage!]!, $asOf: Date) {
  neighbourhoods(nodes: $nodes, asOf: $asOf) { node { key } neighbours { key } total }
}`;

const param = (page: Page, name: string) => new URL(page.url()).searchParams.get(name);

describe('Stand per on the views that follow it: bridges and coverage on Overlap, the network from a party, the party page', () => {
  let d: Dashboards;
  const page = () => d.page;

  const menu = async (name: string) => {
    await page().getByRole('navigation', { name: 'Hoofdnavigatie' }).getByRole('link', { name, exact: true }).click();
    await page().locator('h1').waitFor();
  };
  /** Types the date into "Stand per" as a person would, and waits until the URL carries it. */
  const standPer = async (date: string) => {
    const field = page().getByLabel('Stand per', { exact: true });
    await field.click();
    await field.fill(date);
    await expect.poll(() => param(page(), 'per')).toBe(date);
    await expect.poll(() => field.inputValue()).toBe(date);
  };
  const reachRow = (r: Reach) => [
    r.party.name,
    labels.domain(r.party.domain),
    show.int(r.networks),
    show.int(r.partnerships),
    show.int(r.municipalities),
    overlapNl.reach.graph,
  ];

  beforeAll(async () => {
    if (!existsSync(dist)) throw new Error('web/dist is missing: build the client first (cd web && pnpm build)');
    d = await openDashboards();
  });
  afterAll(async () => {
    await d?.close();
  });

  it('bridges, then a party in the network and on its own page, show the API’s answers for 31-12-2021', async () => {
    const then = (await d.api<{ partyReach: Reach[] }>(REACH, { asOf: REPORT_DATE })).partyReach;
    const now = (await d.api<{ partyReach: Reach[] }>(REACH, { asOf: null })).partyReach;
    // The illustrative dates make the answers differ: memberships ended and started since.
    expect(then).not.toEqual(now);

    await page().goto(d.server.url);
    await menu('Overlap');
    await page().getByRole('link', { name: overlapNl.views.bruggen, exact: true }).click();
    await expect.poll(() => param(page(), 'view')).toBe('bruggen');
    const caption = overlapNl.reach.caption;
    await expect.poll(async () => (await tableRows(page(), caption)).length).toBeGreaterThan(0);
    const shownToday = await tableRows(page(), caption);
    expect(shownToday).toEqual(now.slice(0, shownToday.length).map(reachRow));

    await standPer(REPORT_DATE);
    await expect.poll(() => tableRows(page(), caption)).toEqual(then.slice(0, shownToday.length).map(reachRow));
    expect(await axeViolations(page())).toEqual([]);
    // Its export says the date it is of.
    const csv = await download(page(), caption, /^CSV/);
    expect(splitCsv(csv.body).about).toContainEqual(['Stand per', REPORT_DATE]);

    // A party on the first page whose partnerships differ between then and today.
    const today = new Map(now.map((r) => [r.party.id, r.partnerships]));
    const party = then.slice(0, shownToday.length).find((r) => today.get(r.party.id) !== r.partnerships)!.party;
    expect(party).toBeDefined();

    // "In het netwerk": the network page, on the same date, expands the party along the links of that day.
    await page()
      .getByRole('link', { name: fillName(overlapNl.reach.graphLabel, party.name), exact: true })
      .click();
    await expect.poll(() => new URL(page().url()).pathname).toBe('/netwerk');
    expect(param(page(), 'per')).toBe(REPORT_DATE);
    expect(param(page(), 'focus')).toBe(`party:${party.id}`);
    const nodes = [{ kind: 'PARTY', id: party.id, offset: 0, limit: PAGE_SIZE }];
    type Hood = { neighbourhoods: { node: { key: string }; neighbours: { key: string }[]; total: number }[] };
    const [hood] = (await d.api<Hood>(HOOD, { nodes, asOf: REPORT_DATE })).neighbourhoods;
    const [hoodToday] = (await d.api<Hood>(HOOD, { nodes, asOf: null })).neighbourhoods;
    expect(hood!.total).not.toBe(hoodToday!.total);
    const expected = [hood!.node.key, ...hood!.neighbours.map((n) => n.key)].sort();
    await page().locator(`figure[aria-busy="false"][data-nodes="${expected.length}"]`).waitFor();
    expect(await nodeKeys(page())).toEqual(expected);
    expect(await page().getByLabel('Stand per', { exact: true }).inputValue()).toBe(REPORT_DATE);
    await screenshot(page(), 'network-as-of');

    // Back to the bridges, and on to the party's own page: its partnerships and tables of that day.
    await page().goBack();
    await expect.poll(() => param(page(), 'view')).toBe('bruggen');
    await page().getByRole('table', { name: caption, exact: true }).getByRole('link', { name: party.name, exact: true }).click();
    await expect.poll(() => page().locator('h1').textContent()).toBe(party.name);
    expect(param(page(), 'per')).toBe(REPORT_DATE);
    const asked = (asOf: string | null) =>
      d.api<{ party: { domain: string; partnerships: unknown[]; tables: unknown[] } }>(PARTY, { id: party.id, asOf });
    const lead = ({ party: p }: Awaited<ReturnType<typeof asked>>) =>
      `${labels.domain(p.domain)} · lid van ${p.partnerships.length} samenwerkingsverbanden · aan ${p.tables.length} bestuurlijke tafels`;
    const [onDate, onToday] = [await asked(REPORT_DATE), await asked(null)];
    expect(lead(onDate)).not.toBe(lead(onToday));
    await expect.poll(() => page().locator('.utrecht-paragraph--lead').first().textContent()).toBe(lead(onDate));
    expect(await page().getByLabel('Stand per', { exact: true }).inputValue()).toBe(REPORT_DATE);
    expect(await axeViolations(page())).toEqual([]);
    await screenshot(page(), 'party-page-as-of');

    // "Vandaag" on the party page: today's answer.
    await page().getByRole('button', { name: 'Vandaag', exact: true }).click();
    await expect.poll(() => param(page(), 'per')).toBeNull();
    await expect.poll(() => page().locator('.utrecht-paragraph--lead').first().textContent()).toBe(lead(onToday));
  });

  it('domain coverage per network follows Stand per set above it', async () => {
    const coverage = async (asOf: string | null) => (await d.api<{ coverage: Coverage[] }>(COVERAGE, { asOf })).coverage;
    const [then, now] = [await coverage(REPORT_DATE), await coverage(null)];
    expect(then).not.toEqual(now);
    const row = (c: Coverage) => [
      networkLabel(c.network),
      ...[c.partnerships, c.missingCare, c.missingSocial, c.missingFinancier, c.missingCitizens].map(show.int),
    ];

    await page().goto(d.server.url);
    await menu('Overlap');
    await page().getByRole('link', { name: overlapNl.views.dekking, exact: true }).click();
    await expect.poll(() => param(page(), 'view')).toBe('dekking');
    const caption = overlapNl.coverage.tableCaption;
    await expect.poll(() => tableRows(page(), caption)).toEqual(now.map(row));
    await standPer(REPORT_DATE);
    await expect.poll(() => tableRows(page(), caption)).toEqual(then.map(row));
    const csv = await download(page(), caption, /^CSV/);
    expect(splitCsv(csv.body).about).toContainEqual(['Stand per', REPORT_DATE]);
    expect(await axeViolations(page())).toEqual([]);
  });
});

const fillName = (text: string, name: string) => text.replace('{{name}}', name);

/** The keys of every node in the network page's nodes table, through all its pages. */
async function nodeKeys(page: Page): Promise<string[]> {
  const rows = page.locator('table[data-table="nodes"] tbody tr');
  const shown = () => rows.evaluateAll((trs) => trs.map((tr) => tr.getAttribute('data-key')!));
  const next = page
    .getByRole('navigation', { name: /^(Pagina's van|Pages of) / })
    .first()
    .getByRole('button', { name: /^(Volgende|Next)$/ });
  const keys: string[] = [];
  for (;;) {
    const current = await shown();
    keys.push(...current);
    if ((await next.count()) === 0 || (await next.isDisabled())) break;
    await next.click();
    // The next page is there when its first row is another node.
    await expect.poll(async () => (await shown())[0]).not.toBe(current[0]);
  }
  return keys.sort();
}
