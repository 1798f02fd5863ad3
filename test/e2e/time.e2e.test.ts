import { existsSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addUser } from '@dsv/seed';
import overlapNl from '../../web/src/overlap/nl.json' with { type: 'json' };
import timeEn from '../../web/src/time/en.json' with { type: 'json' };
import timeNl from '../../web/src/time/nl.json' with { type: 'json' };
import { todayIso } from '../../web/src/filters/asOf.js';
import { quartersUntil } from '../../web/src/time/quarters.js';
import { axeViolations, screenshot } from '../helpers/browser.js';
import { download, networkLabel, openDashboards, show, splitCsv, tableRows, type Dashboards } from '../dashboards/page.js';
import { statusCount } from './map-page.js';

const dist = join(import.meta.dirname, '..', '..', 'web', 'dist', 'index.html');

/** The report's table (DESIGN.md §1): what the networks counted at the end of 2021. */
const REPORT = { groz: 10, jzojp: 44, aig: 15, kavels: 3, nza: 7, gezondin: 150, lpa: 258 };
const REPORT_DATE = '2021-12-31';

interface NetworkChange {
  network: string;
  before: number;
  after: number;
  joined: number;
  left: number;
}
interface CrowdingChange {
  code: string;
  name: string;
  before: number;
  after: number;
  delta: number;
}
interface Dated {
  id: string;
  name: string;
  validFrom: string | null;
  validTo: string | null;
  networks: { key: string }[];
}

const NETWORKS = 'query($asOf: Date) { networks(asOf: $asOf) { key partnershipCount } }';
const COUNT = 'query($asOf: Date) { partnerships(asOf: $asOf, first: 1) { totalCount } mapPoints(asOf: $asOf) { id } }';
const NETWORK_CHANGE = 'query($from: Date!, $to: Date!) { networkChange(from: $from, to: $to) { network before after joined left } }';
const CROWDING_CHANGE =
  'query($from: Date!, $to: Date!, $type: RegionType) { crowdingChange(from: $from, to: $to, type: $type) { code name before after delta } }';
const VALID_ON = `query($asOf: Date!) {
  partnerships(asOf: $asOf, first: 1000) { totalCount nodes { id name validFrom validTo networks { key } } }
}`;

const nl = timeNl.change;
const words = new Intl.DateTimeFormat('nl', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });
/** A date as the Dutch UI writes it: "31 december 2021". */
const dutch = (iso: string) => words.format(new Date(`${iso}T00:00:00Z`));
const fill = (text: string, values: Record<string, string>) => text.replace(/{{(\w+)}}/g, (_, k: string) => values[k] ?? '');
/** A change as the UI writes it: +3, −2 (a true minus sign), 0. */
const signed = (n: number) => (n > 0 ? `+${show.int(n)}` : n < 0 ? `−${show.int(-n)}` : '0');
const param = (page: Page, name: string) => new URL(page.url()).searchParams.get(name);
const collator = new Intl.Collator('nl', { sensitivity: 'base' });

describe('time in the client: Stand per in the filters, the timeline under the map, two dates compared', () => {
  let d: Dashboards;
  const today = todayIso();
  const networks = async (asOf: string | null) =>
    Object.fromEntries(
      (await d.api<{ networks: { key: string; partnershipCount: number }[] }>(NETWORKS, { asOf })).networks.map((n) => [
        n.key,
        n.partnershipCount,
      ]),
    );
  const counts = (asOf: string | null) => d.api<{ partnerships: { totalCount: number }; mapPoints: { id: string }[] }>(COUNT, { asOf });
  const slider = () => d.page.getByRole('slider', { name: timeNl.timeline.slider });

  beforeAll(async () => {
    if (!existsSync(dist)) throw new Error('web/dist is missing: build the client first (cd web && pnpm build)');
    d = await openDashboards();
  });
  afterAll(async () => {
    await d?.close();
  });

  it('Stand per 31-12-2021 in the filter panel: the URL carries it and the network counts are the report’s, as the API gives them', async () => {
    const asOf = await networks(REPORT_DATE);
    expect(asOf).toEqual(REPORT);
    // Today's numbers differ where the dates say so: the illustrative data lets partnerships end and start after 2021.
    expect(await networks(null)).not.toEqual(REPORT);

    await d.page.goto(d.server.url);
    await d.page.getByRole('navigation', { name: 'Hoofdnavigatie' }).getByRole('link', { name: 'Overlap', exact: true }).click();
    const caption = fill(overlapNl.overlap.upset.setsCaption, { unit: overlapNl.overlap.units.PARTNERSHIPS });
    await d.page.getByRole('table', { name: caption, exact: true }).waitFor();
    await d.page.getByLabel('Stand per', { exact: true }).fill(REPORT_DATE);
    await expect.poll(() => param(d.page, 'per')).toBe(REPORT_DATE);
    // By size, then key: the order of the set sizes beside the UpSet plot.
    const bySize = Object.entries(asOf).sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]));
    await expect.poll(() => tableRows(d.page, caption)).toEqual(bySize.map(([key, count]) => [networkLabel(key), show.int(count)]));

    // An export of this view names the date in its file name and in its "about" rows.
    const csv = await download(d.page, caption, /^CSV/);
    expect(csv.name).toMatch(new RegExp(`^dsv-kaart-netwerkgrootte-per-${REPORT_DATE}-\\d{4}-\\d{2}-\\d{2}\\.csv$`));
    const { rows, about } = splitCsv(csv.body);
    expect(rows.slice(1)).toEqual(bySize.map(([key, count]) => [networkLabel(key), String(count)]));
    expect(about).toContainEqual(['Stand per', REPORT_DATE]);

    // "Vandaag" takes the date out of the URL again.
    await d.page.getByRole('button', { name: 'Vandaag', exact: true }).click();
    await expect.poll(() => param(d.page, 'per')).toBeNull();
  });

  it('the map follows Stand per, and the timeline under it moves the date a quarter per arrow key', async () => {
    const quarters = quartersUntil(today);
    await d.page.goto(`${d.server.url}/kaart?per=${REPORT_DATE}`);
    await d.page.getByTestId('map-count').waitFor({ timeout: 60_000 });
    const report = await counts(REPORT_DATE);
    await expect.poll(() => statusCount(d.page)).toBe(report.mapPoints.length);
    expect(await d.page.getByLabel('Stand per', { exact: true }).inputValue()).toBe(REPORT_DATE);

    // The bar of each quarter holds the API's count on its last day (the current quarter: today).
    await slider().waitFor();
    const bars = await d.page.locator('.dsv-timeline__bar').evaluateAll((els) => els.map((el) => Number(el.getAttribute('data-count'))));
    const api = await Promise.all(quarters.map(async (q) => (await counts(q.end)).partnerships.totalCount));
    expect(bars).toEqual(api);
    expect(await slider().getAttribute('aria-valuetext')).toBe(
      `31 december 2021 (2021 K4): ${show.int(report.partnerships.totalCount)} samenwerkingsverbanden`,
    );
    expect(await slider().getAttribute('aria-valuenow')).toBe(String(quarters.findIndex((q) => q.end === REPORT_DATE)));

    await slider().focus();
    await d.page.keyboard.press('ArrowLeft');
    await expect.poll(() => param(d.page, 'per')).toBe('2021-09-30');
    await expect.poll(() => statusCount(d.page)).toBe((await counts('2021-09-30')).mapPoints.length);
    await d.page.keyboard.press('ArrowRight');
    await d.page.keyboard.press('ArrowRight');
    await expect.poll(() => param(d.page, 'per')).toBe('2022-03-31');
    await expect.poll(() => d.page.getByLabel('Stand per', { exact: true }).inputValue()).toBe('2022-03-31');
    await d.page.keyboard.press('PageDown');
    await expect.poll(() => param(d.page, 'per')).toBe('2021-03-31');
    await expect.poll(() => statusCount(d.page)).toBe((await counts('2021-03-31')).mapPoints.length);
    // A click on a bar chooses its quarter; a drag chooses the quarter where the pointer is let go.
    const centre = async (i: number) => {
      const bar = (await d.page.locator('.dsv-timeline__bar').nth(i).boundingBox())!;
      return { x: bar.x + bar.width / 2, y: bar.y + bar.height / 2 };
    };
    const at17 = await centre(17);
    await d.page.mouse.click(at17.x, at17.y);
    await expect.poll(() => param(d.page, 'per')).toBe(quarters[17]!.end);
    const [start, end] = [await centre(20), await centre(30)];
    await d.page.mouse.move(start.x, start.y);
    await d.page.mouse.down();
    await d.page.mouse.move((start.x + end.x) / 2, start.y, { steps: 4 });
    await d.page.mouse.move(end.x, end.y, { steps: 4 });
    await d.page.mouse.up();
    await expect.poll(() => param(d.page, 'per')).toBe(quarters[30]!.end);
    await d.page.keyboard.press('ArrowLeft');
    await expect.poll(() => param(d.page, 'per')).toBe(quarters[29]!.end);
    await d.page.keyboard.press('Home');
    await expect.poll(() => param(d.page, 'per')).toBe('2015-03-31');
    await d.page.keyboard.press('PageUp');
    await expect.poll(() => param(d.page, 'per')).toBe('2016-03-31');
    await expect.poll(() => statusCount(d.page)).toBe((await counts('2016-03-31')).mapPoints.length);
    await screenshot(d.page, 'time-timeline-nl');
    expect(await axeViolations(d.page)).toEqual([]);

    // The table alternative: a row per quarter, newest first, with a button that chooses its date.
    const rows = await tableRows(d.page, timeNl.timeline.caption, true);
    expect(rows.map((r) => r.slice(1, 3))).toEqual(quarters.map((q, i) => [q.end, show.int(api[i]!)]).reverse());
    await d.page.getByRole('button', { name: `Stand per ${dutch(REPORT_DATE)} kiezen`, exact: true }).click();
    await expect.poll(() => param(d.page, 'per')).toBe(REPORT_DATE);

    // End: today, which leaves the URL.
    await slider().focus();
    await d.page.keyboard.press('End');
    await expect.poll(() => param(d.page, 'per')).toBeNull();
    await expect.poll(() => statusCount(d.page)).toBe((await counts(null)).mapPoints.length);
  }, 180_000);

  it('the compare view, reached from the Overlap tabs, shows networkChange, crowdingChange and the partnerships that started or ended', async () => {
    const from = REPORT_DATE;
    const period = { from: dutch(from), to: dutch(today) };
    await d.page.goto(`${d.server.url}/overlap`);
    await d.page.getByRole('link', { name: overlapNl.views.verandering, exact: true }).click();
    await expect.poll(() => param(d.page, 'view')).toBe('verandering');

    const change = (await d.api<{ networkChange: NetworkChange[] }>(NETWORK_CHANGE, { from, to: today })).networkChange;
    const networkRows = change
      .map((c) => [networkLabel(c.network), ...[c.before, c.joined, c.left, c.after].map(show.int), signed(c.after - c.before)])
      .sort((a, b) => collator.compare(a[0]!, b[0]!));
    const networkCaption = fill(nl.networks.caption, period);
    await expect.poll(() => tableRows(d.page, networkCaption)).toEqual(networkRows);
    expect(change.some((c) => c.joined > 0) && change.some((c) => c.left > 0)).toBe(true);

    const crowding = async (type: string | null) =>
      (await d.api<{ crowdingChange: CrowdingChange[] }>(CROWDING_CHANGE, { from, to: today, type })).crowdingChange.map((c) => [
        c.name,
        c.code,
        show.int(c.before),
        show.int(c.after),
        signed(c.delta),
      ]);
    const crowdingCaption = (level: string) => fill(nl.crowding.caption, { level, ...period });
    expect(await tableRows(d.page, crowdingCaption('gemeente'), true)).toEqual(await crowding(null));
    // The radio follows the URL, which the click sets.
    await d.page.getByLabel('GGD-regio', { exact: true }).click();
    await expect.poll(() => param(d.page, 'verandering-niveau')).toBe('ggd');
    await expect.poll(() => tableRows(d.page, crowdingCaption('GGD-regio'), true)).toEqual(await crowding('GGD'));
    await expect.poll(() => d.page.locator('svg [data-areas]').getAttribute('data-areas')).toBe('25');

    const validOn = async (asOf: string) => (await d.api<{ partnerships: { nodes: Dated[] } }>(VALID_ON, { asOf })).partnerships.nodes;
    const [before, after] = [await validOn(from), await validOn(today)];
    const row = (p: Dated, change: 'started' | 'ended') => [
      p.name,
      nl.partnerships[change],
      p.validFrom ?? '–',
      p.validTo ?? '–',
      p.networks.map((n) => networkLabel(n.key)).join(', '),
    ];
    const started = after.filter((p) => !before.some((b) => b.id === p.id));
    const ended = before.filter((p) => !after.some((a) => a.id === p.id));
    expect(started.length).toBeGreaterThan(0);
    expect(ended.length).toBeGreaterThan(0);
    const changed = [...started.map((p) => ({ p, row: row(p, 'started') })), ...ended.map((p) => ({ p, row: row(p, 'ended') }))]
      .sort((a, b) => collator.compare(a.p.name, b.p.name) || a.p.id.localeCompare(b.p.id))
      .map((x) => x.row);
    expect(await tableRows(d.page, fill(nl.partnerships.caption, period), true)).toEqual(changed);
    await screenshot(d.page, 'time-compare-nl');
    expect(await axeViolations(d.page)).toEqual([]);

    // Exports carry both dates, in the file name and the "about" rows.
    const csv = await download(d.page, networkCaption, /^CSV/);
    expect(csv.name).toMatch(new RegExp(`^dsv-kaart-netwerkverandering-${from}-tot-${today}-\\d{4}-\\d{2}-\\d{2}\\.csv$`));
    const { about } = splitCsv(csv.body);
    expect(about).toContainEqual(['Van (datum)', from]);
    expect(about).toContainEqual(['Tot (datum)', today]);

    // Another first date: the URL carries it and the tables follow.
    await d.page.getByLabel('Van', { exact: true }).fill('2023-06-30');
    await expect.poll(() => param(d.page, 'van')).toBe('2023-06-30');
    const later = (await d.api<{ networkChange: NetworkChange[] }>(NETWORK_CHANGE, { from: '2023-06-30', to: today })).networkChange;
    await expect
      .poll(() => tableRows(d.page, fill(nl.networks.caption, { from: dutch('2023-06-30'), to: dutch(today) })))
      .toEqual(
        later
          .map((c) => [networkLabel(c.network), ...[c.before, c.joined, c.left, c.after].map(show.int), signed(c.after - c.before)])
          .sort((a, b) => collator.compare(a[0]!, b[0]!)),
      );
  });

  it('in English the timeline and the compare view read in English, axe clean', async () => {
    await d.page.goto(`${d.server.url}/kaart?lang=en&per=${REPORT_DATE}`);
    await d.page.getByRole('slider', { name: timeEn.timeline.slider }).waitFor({ timeout: 60_000 });
    await d.page.getByRole('heading', { level: 2, name: timeEn.timeline.heading, exact: true }).waitFor();
    expect(await d.page.getByLabel('As of', { exact: true }).inputValue()).toBe(REPORT_DATE);
    await d.page.getByTestId('map-count').waitFor();
    await screenshot(d.page, 'time-timeline-en');
    expect(await axeViolations(d.page)).toEqual([]);

    await d.page.goto(`${d.server.url}/overlap?lang=en&view=verandering`);
    await d.page.getByRole('heading', { level: 2, name: timeEn.change.networks.title }).waitFor();
    await d.page.getByRole('heading', { level: 2, name: timeEn.change.partnerships.title }).waitFor();
    await d.page.locator('[data-table="begonnen-gestopt"] tbody tr').first().waitFor();
    await d.page.locator('svg [data-areas]').waitFor();
    await screenshot(d.page, 'time-compare-en');
    expect(await axeViolations(d.page)).toEqual([]);
  });

  it('an editor dates a partnership and a membership in the form, then ends the partnership on a date: earlier dates keep it, later ones not', async () => {
    const password = 'een sterk wachtwoord';
    await addUser(d.db, { email: 'redacteur@example.nl', role: 'EDITOR', password });
    const { partnerships } = await d.api<{ partnerships: { nodes: (Dated & { members: { party: { id: string } }[] })[] } }>(
      '{ partnerships(first: 200) { nodes { id name validFrom validTo networks { key } members { party { id } } } } }',
    );
    const target = partnerships.nodes.find((p) => p.validFrom === null && p.validTo === null && p.members.length > 1)!;
    const member = [...target.members.map((m) => m.party.id)].sort()[0]!;

    const page = await (await d.browser.newContext({ viewport: { width: 1280, height: 900 } })).newPage();
    await page.goto(`${d.server.url}/kaart`);
    await page.getByRole('link', { name: 'Inloggen' }).click();
    await page.getByLabel('E-mailadres').fill('redacteur@example.nl');
    await page.getByLabel('Wachtwoord').fill(password);
    await page.getByRole('button', { name: 'Inloggen', exact: true }).click();
    await expect.poll(() => page.locator('.dsv-account__who').textContent()).toContain('redacteur@example.nl');
    await page.goto(`${d.server.url}/gegevens/partnership/${target.id}`);
    await page.getByRole('button', { name: 'Bewerken' }).click();
    await page.getByLabel('Actief sinds', { exact: true }).fill('2018-03-01');
    const members = page.getByLabel('Leden', { exact: true });
    const lines = (await members.inputValue()).split('\n');
    expect(lines[0]!.startsWith(member)).toBe(true);
    // "partij-id, rol, lid sinds, gestopt op"
    const [id, role = ''] = lines[0]!.split(',').map((x) => x.trim());
    await members.fill([`${id}, ${role}, 2019-01-01, 2023-07-01`, ...lines.slice(1)].join('\n'));
    await page.getByRole('button', { name: 'Opslaan' }).click();
    await page.getByText('Opgeslagen.').waitFor();
    const saved = await d.api<{
      partnership: { validFrom: string; members: { party: { id: string }; role: string | null; validFrom: string; validTo: string }[] };
    }>('query($id: ID!) { partnership(id: $id) { validFrom members(recorded: true) { party { id } role validFrom validTo } } }', {
      id: target.id,
    });
    expect(saved.partnership.validFrom).toBe('2018-03-01');
    expect(saved.partnership.members.find((m) => m.party.id === member)).toEqual({
      party: { id: member },
      role: role || null,
      validFrom: '2019-01-01',
      validTo: '2023-07-01',
    });

    await page.getByLabel('Gestopt op', { exact: true }).fill('2024-06-30');
    await page.getByRole('button', { name: 'Beëindigen op deze datum' }).click();
    await page.getByText('Het samenwerkingsverband is beëindigd op 2024-06-30.').waitFor();
    const valid = async (asOf: string) =>
      (
        await d.api<{ partnerships: { nodes: { id: string }[] } }>(
          'query($asOf: Date!, $text: String!) { partnerships(asOf: $asOf, filter: { text: $text }) { nodes { id } } }',
          { asOf, text: target.name },
        )
      ).partnerships.nodes.some((p) => p.id === target.id);
    expect([await valid('2018-02-28'), await valid('2018-03-01'), await valid('2024-06-29'), await valid('2024-06-30')]).toEqual([
      false,
      true,
      true,
      false,
    ]);
    await page.context().close();
  });
});
