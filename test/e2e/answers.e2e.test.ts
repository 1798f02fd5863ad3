import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { axeViolations, screenshot } from '../helpers/browser.js';
import { labels, networkLabel, openDashboards, show, tableRows, type Dashboards } from '../dashboards/page.js';

/**
 * The answers per user in Chromium, reached as a person would: from the menu, by clicking.
 * A national party finds its page and one of its duplicate pairs; programme staff filter the
 * overlap by province and see the API's numbers; a partnership sees what its peers share.
 */

interface Pair {
  a: string;
  b: string;
  shared: number;
  jaccard: number;
  sharedMunicipalities: number;
}

const combinationRow = (c: { networks: string[]; exclusive: number; intersection: number }) => [
  c.networks.map(networkLabel).join(' + '),
  show.int(c.networks.length),
  show.int(c.exclusive),
  show.int(c.intersection),
];
const pairRow = (p: { a: string; b: string; shared: number; jaccard: number }) => [
  networkLabel(p.a),
  networkLabel(p.b),
  show.int(p.shared),
  show.ratio(p.jaccard),
];

describe('answers per user in Chromium', () => {
  let d: Dashboards;
  beforeAll(async () => {
    d = await openDashboards();
  });
  afterAll(async () => {
    await d?.close();
  });

  const menu = async (name: string) => {
    await d.page.getByRole('navigation', { name: 'Hoofdnavigatie' }).getByRole('link', { name, exact: true }).click();
    await d.page.locator('h1').waitFor();
  };

  it('goes from party load to a party’s page and on to one of its duplicate pairs side by side', async () => {
    const { partyLoad } = await d.api<{ partyLoad: { party: { id: string; name: string } }[] }>(
      '{ partyLoad(top: 1) { party { id name } } }',
    );
    const top = partyLoad[0]!.party;
    const { party } = await d.api<{
      party: { duplicateTables: Pair[]; tables: { id: string; name: string }[]; partnerships: { id: string }[] };
    }>(
      'query($id: ID!) { party(id: $id) { duplicateTables { a b shared jaccard sharedMunicipalities } tables { id name } partnerships { id } } }',
      {
        id: top.id,
      },
    );
    expect(party.duplicateTables.length).toBeGreaterThan(0);
    const name = new Map(party.tables.map((t) => [t.id, t.name]));

    await d.page.goto(d.server.url);
    await menu('Tafels');
    await d.page.getByRole('link', { name: 'Belasting van partijen' }).click();
    await d.page
      .getByRole('table', { name: 'Belasting van partijen', exact: false })
      .getByRole('link', { name: top.name, exact: true })
      .click();
    await expect.poll(() => d.page.locator('h1').textContent()).toBe(top.name);
    expect(new URL(d.page.url()).pathname).toBe(`/partij/${top.id}`);

    const caption = `Dubbele tafels van ${top.name}`;
    await expect
      .poll(async () => (await tableRows(d.page, caption, true)).map((r) => r.slice(0, 2).concat(r.slice(3, 6))))
      .toEqual(
        party.duplicateTables.map((p) => [
          name.get(p.a),
          name.get(p.b),
          show.ratio(p.jaccard),
          show.int(p.shared),
          show.int(p.sharedMunicipalities),
        ]),
      );
    expect(await d.page.getByText(`Tafels van ${top.name}`, { exact: true }).count()).toBe(1);
    expect(await axeViolations(d.page)).toEqual([]);
    await screenshot(d.page, 'party-page');

    const first = party.duplicateTables[0]!;
    await d.page.getByRole('link', { name: `Vergelijken: ${name.get(first.a)} en ${name.get(first.b)}` }).click();
    await expect.poll(() => new URL(d.page.url()).pathname).toBe('/tafels');
    expect(new URL(d.page.url()).searchParams.get('paar')).toBe(`${first.a},${first.b}`);
    const attributes = d.page.getByRole('table', { name: 'Kenmerken van beide tafels', exact: true });
    await attributes.waitFor();
    const headers = await attributes.locator('thead th').allTextContents();
    expect(headers.map((h) => h.replace(/[↕▲▼]/g, '').trim())).toEqual(['Kenmerk', name.get(first.a), name.get(first.b)]);
  });

  it('shows the party page in English, accessible', async () => {
    const { partyLoad } = await d.api<{ partyLoad: { party: { id: string; name: string } }[] }>(
      '{ partyLoad(top: 2) { party { id name } } }',
    );
    const second = partyLoad[1]!.party;
    await d.page.goto(`${d.server.url}/tafels?view=belasting&lang=en`);
    await d.page.getByRole('link', { name: second.name, exact: true }).click();
    await expect.poll(() => d.page.locator('h1').textContent()).toBe(second.name);
    await d.page.getByRole('table', { name: `Duplicate tables of ${second.name}` }).waitFor();
    expect(await d.page.getByRole('heading', { name: 'Load against its own domain' }).count()).toBe(1);
    expect(await axeViolations(d.page)).toEqual([]);
    await screenshot(d.page, 'party-page-en');
  });

  it('filters the overlap by province and shows the same numbers as the API', async () => {
    const province = 'Utrecht';
    const api = await d.api<{
      networkIntersections: { networks: string[]; exclusive: number; intersection: number }[];
      networkOverlap: Pair[];
    }>(
      `query($f: PartnershipFilter) {
        networkIntersections(basis: PARTNERSHIPS, filter: $f) { networks exclusive intersection }
        networkOverlap(basis: PARTNERSHIPS, filter: $f) { a b shared jaccard }
      }`,
      { f: { provinces: [province] } },
    );
    const all = await d.api<{ networkIntersections: unknown[] }>('{ networkIntersections { networks } }');
    expect(api.networkIntersections.length).toBeLessThan(all.networkIntersections.length);

    await d.page.goto(d.server.url);
    await menu('Overlap');
    const filters = d.page.getByRole('search');
    // The province group: a zorgkantoorregio is called "Utrecht" too.
    const provinces = filters.locator('details', { has: d.page.locator('summary', { hasText: 'Provincie' }) });
    await provinces.locator('summary').click();
    // The box follows the URL, which the click sets: it shows checked a moment later.
    const box = provinces.getByLabel(province, { exact: true });
    await box.click();
    await expect.poll(() => new URL(d.page.url()).searchParams.get('prov')).toBe(province);
    await expect.poll(() => box.isChecked()).toBe(true);
    await expect
      .poll(() => tableRows(d.page, 'Combinaties van netwerken: aantal samenwerkingsverbanden', true))
      .toEqual(api.networkIntersections.map(combinationRow));
    // The two tables come from one answer but are drawn one after the other.
    await expect
      .poll(() => tableRows(d.page, 'Paren van netwerken met gedeelde samenwerkingsverbanden', true))
      .toEqual(api.networkOverlap.map(pairRow));
    expect(await axeViolations(d.page)).toEqual([]);
    await screenshot(d.page, 'overlap-province');
  });

  it('ranks the parties that bridge networks, and says communities are computed', async () => {
    const { partyReach } = await d.api<{
      partyReach: { party: { name: string; domain: string }; networks: number; partnerships: number; municipalities: number }[];
    }>('{ partyReach(top: 1000) { party { name domain } networks partnerships municipalities } }');
    await d.page.goto(d.server.url);
    await menu('Overlap');
    await d.page.getByRole('link', { name: 'Bruggen tussen netwerken' }).click();
    const rows = await tableRows(d.page, 'Bruggen tussen netwerken');
    expect(rows.map((r) => r.slice(0, 5))).toEqual(
      partyReach
        .filter((r) => r.partnerships > 0)
        .slice(0, 25)
        .map((r) => [
          r.party.name,
          labels.domain(r.party.domain),
          show.int(r.networks),
          show.int(r.partnerships),
          show.int(r.municipalities),
        ]),
    );
    expect(await axeViolations(d.page)).toEqual([]);

    await d.page.getByRole('link', { name: 'Gemeenschappen' }).click();
    await d.page.getByTestId('communities-computed').waitFor();
    expect(await d.page.getByTestId('communities-computed').textContent()).toContain('Berekend, niet gerapporteerd');
    const { communities } = await d.api<{ communities: { communities: { partnerships: unknown[]; parties: unknown[] }[] } }>(
      '{ communities(seed: 1) { communities { partnerships { id } parties { id } } } }',
    );
    const shown = await tableRows(d.page, 'Gemeenschappen', true);
    expect(shown.map((r) => r.slice(0, 3))).toEqual(
      communities.communities.map((c, i) => [show.int(i + 1), show.int(c.partnerships.length), show.int(c.parties.length)]),
    );
    expect(await axeViolations(d.page)).toEqual([]);
    await screenshot(d.page, 'overlap-communities');
  });

  it('shows each peer nearby with the themes and parties it shares, and compares two partnerships', async () => {
    const { partnerships } = await d.api<{ partnerships: { nodes: { id: string; name: string }[] } }>(
      '{ partnerships(first: 1, filter: { provinces: ["Utrecht"], text: "Baarn" }) { nodes { id name } } }',
    );
    const me = partnerships.nodes[0]!;
    const { peersNearby } = await d.api<{
      peersNearby: {
        partnership: { id: string; name: string };
        distanceKm: number;
        themesInCommon: string[];
        partiesInCommon: { name: string }[];
      }[];
    }>(
      'query($id: ID!) { peersNearby(partnershipId: $id, radiusKm: 25, limit: 500) { partnership { id name } distanceKm themesInCommon partiesInCommon { name } } }',
      {
        id: me.id,
      },
    );
    expect(peersNearby.some((p) => p.partiesInCommon.length > 0 && p.themesInCommon.length > 0)).toBe(true);

    await d.page.goto(d.server.url);
    await menu('Kaart');
    const search = d.page.getByRole('search');
    await search.getByLabel('Zoeken in naam en beschrijving').fill('Baarn');
    await search.getByLabel('Zoeken in naam en beschrijving').press('Enter');
    await d.page.getByRole('button', { name: `Details van ${me.name}` }).click();
    await d.page.getByRole('button', { name: 'Zoek samenwerkingsverbanden in de buurt' }).click();
    // The radius starts at 25 km.
    await expect.poll(() => new URL(d.page.url()).searchParams.get('r')).toBe('25');
    await d.page.getByRole('link', { name: 'Naar de tabel met wat ze delen' }).click();
    const caption = 'Samenwerkingsverbanden binnen 25 km';
    await expect.poll(async () => (await tableRows(d.page, caption)).length).toBe(peersNearby.length);
    const rows = await tableRows(d.page, caption);
    expect(rows.map((r) => [r[0], r[2], r[4], r[6]])).toEqual(
      peersNearby.map((p) => [
        p.partnership.name,
        new Intl.NumberFormat('nl', { minimumFractionDigits: 1, maximumFractionDigits: 1 }).format(p.distanceKm),
        p.themesInCommon.map((t) => labels.theme(t)).join('') || '–',
        p.partiesInCommon.map((x) => x.name).join('') || '–',
      ]),
    );
    expect(await axeViolations(d.page)).toEqual([]);
    await screenshot(d.page, 'map-peers');

    const other = peersNearby.find((p) => p.partiesInCommon.length > 0)!;
    await d.page.getByRole('link', { name: `${me.name} en ${other.partnership.name} vergelijken` }).click();
    await expect.poll(() => d.page.locator('h1').textContent()).toBe(`${me.name} en ${other.partnership.name}`);
    const members = await tableRows(d.page, 'Partijen naast elkaar', true);
    expect(members.filter((r) => r[2] === 'Beide').map((r) => r[0])).toEqual(other.partiesInCommon.map((x) => x.name));
    expect(await axeViolations(d.page)).toEqual([]);
    await screenshot(d.page, 'compare-partnerships');

    // On another date the two are set side by side as they were then: the members of that day.
    const day = '2021-12-31';
    const membersOn = async (id: string) =>
      (
        await d.api<{ partnership: { members: { party: { name: string } }[] } }>(
          'query($id: ID!, $asOf: Date) { partnership(id: $id, asOf: $asOf) { members { party { name } } } }',
          { id, asOf: day },
        )
      ).partnership.members.map((m) => m.party.name);
    const [mine, theirs] = [await membersOn(me.id), await membersOn(other.partnership.id)];
    const field = d.page.getByLabel('Stand per', { exact: true });
    await field.click();
    await field.fill(day);
    await expect.poll(() => new URL(d.page.url()).searchParams.get('per')).toBe(day);
    const shownOn = async () => (await tableRows(d.page, 'Partijen naast elkaar', true)).map((r) => `${r[0]}|${r[2]}`).sort();
    const side = (name: string) =>
      mine.includes(name) && theirs.includes(name) ? 'Beide' : `Alleen ${mine.includes(name) ? me.name : other.partnership.name}`;
    await expect.poll(shownOn).toEqual([...new Set([...mine, ...theirs])].map((name) => `${name}|${side(name)}`).sort());
  });

  it('draws the tables graph with only the duplicate pairs by region, and the full graph one click away', async () => {
    const { duplicateTableGraph } = await d.api<{ duplicateTableGraph: { nodes: unknown[]; edges: unknown[] } }>(
      '{ duplicateTableGraph { nodes { key } edges { source } } }',
    );
    await d.page.goto(d.server.url);
    await menu('Netwerk');
    await d.page.getByRole('link', { name: 'Tafels' }).last().click();
    const figure = d.page.locator('figure');
    await d.page.locator(`figure[aria-busy="false"][data-layout="done"][data-nodes="${duplicateTableGraph.nodes.length}"]`).waitFor();
    expect(await figure.getAttribute('data-edges')).toBe(String(duplicateTableGraph.edges.length));
    expect(await axeViolations(d.page)).toEqual([]);
    await screenshot(d.page, 'network-duplicates');
    await d.page.getByRole('button', { name: 'Volledige grafiek: alle tafels en partijen' }).click();
    await expect.poll(() => new URL(d.page.url()).searchParams.get('alle')).toBe('1');
    const { tableGraph } = await d.api<{ tableGraph: { nodes: unknown[] } }>('{ tableGraph { nodes { key } } }');
    await expect.poll(() => figure.getAttribute('data-nodes'), { timeout: 60_000 }).toBe(String(tableGraph.nodes.length));
  });
});
