import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Db } from '@dsv/neo4j';
import { importPath } from '@dsv/seed';
import { counts, resetDb, testDb } from '../helpers/db.js';
import { examplesDir } from '../helpers/files.js';
import { startTestServer, type TestServer } from '../helpers/server.js';
import { addRoleUsers, gqlAs, signIn, type Gql } from './session.js';

/**
 * Editing the dates of DESIGN.md §9.3 ("lid sinds", "gestopt op"): a
 * partnership's own period, its members', its networks' and a table's
 * seats', validated with the import's rules; archiving with a date ends a
 * partnership on that day instead of removing it. The history records when
 * a change was made; the dates say when something was true.
 */

let db: Db;
let server: TestServer;
let editor: Gql;

beforeAll(async () => {
  db = testDb();
  await resetDb(db);
  await importPath(db, examplesDir, { replace: true, user: 'test' });
  const emails = await addRoleUsers(db, ['vitaal-brainport']);
  server = await startTestServer(db);
  editor = gqlAs(server.url, await signIn(server.url, emails.EDITOR));
});
afterAll(async () => {
  await server?.close();
  await db?.close();
});

// The record as the edit form reads it: every membership on record, with its dates.
const PARTNERSHIP = `query($id: ID!) { partnership(id: $id) {
  version validFrom validTo networkDates { network validFrom validTo }
  members(recorded: true) { party { id } role validFrom validTo } } }`;

async function partnership(id: string) {
  const { body } = await editor<{
    partnership: {
      version: number;
      validFrom: string | null;
      validTo: string | null;
      networkDates: unknown[];
      members: { party: { id: string }; role: string | null; validFrom: string | null; validTo: string | null }[];
    };
  }>(PARTNERSHIP, { id });
  return body.data!.partnership;
}

async function update(id: string, input: Record<string, unknown>) {
  const { version } = await partnership(id);
  return (
    await editor(
      `mutation($id: ID!, $v: Int!, $input: PartnershipUpdateInput!) { updatePartnership(id: $id, version: $v, input: $input) { id } }`,
      { id, v: version, input },
    )
  ).body;
}

type Load = { party: { id: string }; tables: number };

async function changes(entityId: string) {
  const { body } = await editor<{ changes: { action: string; field: string | null; before: string | null; after: string | null }[] }>(
    'query($id: ID!) { changes(entityId: $id, first: 50) { action field before after } }',
    { id: entityId },
  );
  return body.data!.changes;
}

describe('dates in the editing API', () => {
  it('sets a partnership’s period, its members’ and its networks’, with a change record per field', async () => {
    const body = await update('vitaal-brainport', {
      validFrom: '2019-04-01',
      networkDates: [{ network: 'nza', validFrom: '2020-01-01', validTo: '2023-01-01' }],
      members: [
        { partyId: 'gem-eindhoven', role: 'financier' },
        { partyId: 'cz', role: 'financier', validFrom: '2020-09-01' },
        { partyId: 'huisartsen-eindhoven', role: 'trekker' },
        { partyId: 'bewoners-woensel', role: 'deelnemer', validTo: '2024-02-01' },
        { partyId: 'fontys', role: 'kennispartner' },
      ],
    });
    expect(body.errors).toBeUndefined();
    const p = await partnership('vitaal-brainport');
    expect(p).toMatchObject({
      validFrom: '2019-04-01',
      validTo: null,
      networkDates: [{ network: 'nza', validFrom: '2020-01-01', validTo: '2023-01-01' }],
    });
    expect(p.members.find((m) => m.party.id === 'cz')).toMatchObject({ validFrom: '2020-09-01', validTo: null });
    expect(p.members.find((m) => m.party.id === 'bewoners-woensel')).toMatchObject({ validFrom: null, validTo: '2024-02-01' });
    const recorded = await changes('vitaal-brainport');
    expect(
      recorded
        .filter((c) => c.action === 'UPDATE')
        .map((c) => c.field)
        .sort(),
    ).toEqual(['members', 'networkDates', 'validFrom']);
    const members = recorded.find((c) => c.field === 'members')!;
    // Undated members keep their shape in the history; dated ones carry their dates.
    expect(JSON.parse(members.after!)).toContainEqual({ partyId: 'cz', role: 'financier', validFrom: '2020-09-01' });
    expect(JSON.parse(members.after!)).toContainEqual({ partyId: 'fontys', role: 'kennispartner' });
    // On a date before cz joined, the partnership's members of that day leave it out.
    const { body: then } = await editor<{ partnerships: { nodes: { id: string; members: { party: { id: string } }[] }[] } }>(
      '{ partnerships(asOf: "2020-06-01") { nodes { id members { party { id } } } } }',
    );
    const asThen = then.data!.partnerships.nodes.find((n) => n.id === 'vitaal-brainport')!;
    expect(asThen.members.map((m) => m.party.id).sort()).toEqual(['bewoners-woensel', 'fontys', 'gem-eindhoven', 'huisartsen-eindhoven']);
  });

  it('a members list without dates keeps the dates it had (absent = unchanged; null clears one)', async () => {
    expect(
      (
        await update('vitaal-brainport', {
          members: [
            { partyId: 'gem-eindhoven', role: 'financier' },
            { partyId: 'cz', role: 'financier' },
            { partyId: 'huisartsen-eindhoven', role: 'trekker' },
            { partyId: 'bewoners-woensel', role: 'deelnemer', validTo: null },
            { partyId: 'fontys', role: 'kennispartner' },
          ],
        })
      ).errors,
    ).toBeUndefined();
    const p = await partnership('vitaal-brainport');
    expect(p.members.find((m) => m.party.id === 'cz')).toMatchObject({ validFrom: '2020-09-01', validTo: null });
    expect(p.members.find((m) => m.party.id === 'bewoners-woensel')).toMatchObject({ validFrom: null, validTo: null });
    // Leaving a network takes its dates with it.
    expect((await update('vitaal-brainport', { networks: ['groz'] })).errors).toBeUndefined();
    expect((await partnership('vitaal-brainport')).networkDates).toEqual([]);
  });

  it.each([
    [{ validFrom: '2021-02-30' }, 'input.validFrom', 'Argument "input.validFrom" must be a date written as yyyy-mm-dd (got "2021-02-30").'],
    [
      { validFrom: '2022-01-01', validTo: '2021-01-01' },
      'validTo',
      'validTo: must be after valid_from (2022-01-01): valid_to is the first day it no longer holds (got "2021-01-01")',
    ],
    [
      { members: [{ partyId: 'cz', validFrom: '2023-01-01', validTo: '2022-01-01' }] },
      'members',
      'members: must be after valid_from (2023-01-01): valid_to is the first day it no longer holds (got "2022-01-01")',
    ],
    [
      { networkDates: [{ network: 'lpa', validFrom: '2020-01-01' }] },
      'networkDates',
      'networkDates: "lpa" is not one of the networks of partnership "samen-helmond" (nza)',
    ],
  ])('%o is BAD_USER_INPUT on %s, and nothing is written', async (input, field, message) => {
    const before = await counts(db);
    const version = (await partnership('samen-helmond')).version;
    const body = await update('samen-helmond', input);
    expect(body.errors?.[0]).toMatchObject({ message, extensions: { code: 'BAD_USER_INPUT', field } });
    expect(await counts(db)).toEqual(before);
    expect((await partnership('samen-helmond')).version).toBe(version);
  });

  it('sets the dates of a table’s seats; a date for a party without a seat is refused', async () => {
    const { body: t } = await editor<{ table: { version: number } }>('{ table(id: "tafel-helmond-eenzaamheid") { version } }');
    const save = async (input: Record<string, unknown>, version: number) =>
      (
        await editor(
          `mutation($v: Int!, $input: TableUpdateInput!) { updateTable(id: "tafel-helmond-eenzaamheid", version: $v, input: $input) { id } }`,
          {
            v: version,
            input,
          },
        )
      ).body;
    const refused = await save({ seatDates: [{ partyId: 'cz', validFrom: '2020-01-01' }] }, t.data!.table.version);
    expect(refused.errors?.[0]).toMatchObject({ extensions: { code: 'BAD_USER_INPUT', field: 'seatDates' } });
    expect(refused.errors?.[0]?.message).toBe('seatDates: party "cz" has no seat at this table (add it to seats)');
    expect(
      (await save({ seatDates: [{ partyId: 'wijkteam-helmond', validTo: '2022-06-01' }] }, t.data!.table.version)).errors,
    ).toBeUndefined();
    const { body } = await editor<{
      table: { seatDates: unknown[] };
      partyLoad: Load[];
      later: Load[];
    }>(
      `{ table(id: "tafel-helmond-eenzaamheid") { seatDates { partyId validFrom validTo } }
         partyLoad(top: 1000, asOf: "2022-05-31") { party { id } tables }
         later: partyLoad(top: 1000, asOf: "2022-06-01") { party { id } tables } }`,
    );
    expect(body.data!.table.seatDates).toEqual([{ partyId: 'wijkteam-helmond', validFrom: null, validTo: '2022-06-01' }]);
    const tablesOf = (rows: Load[]) => rows.find((r) => r.party.id === 'wijkteam-helmond')!.tables;
    // Seated the day before its seat's validTo, not on it.
    expect(tablesOf(body.data!.partyLoad)).toBe(1);
    expect(tablesOf(body.data!.later)).toBe(0);
  });

  it('archiving with a date ends the partnership that day: earlier views keep it, later ones and today’s leave it out', async () => {
    const { version } = await partnership('samen-helmond');
    const { body } = await editor<{ archivePartnership: { id: string; version: number } }>(
      'mutation($v: Int!) { archivePartnership(id: "samen-helmond", version: $v, reason: "opgeheven", validTo: "2024-07-01") { id version } }',
      { v: version },
    );
    expect(body.data!.archivePartnership).toEqual({ id: 'samen-helmond', version: version + 1 });
    const ids = async (asOf?: string) => {
      const { body: list } = await editor<{ partnerships: { nodes: { id: string }[] } }>(
        'query($asOf: Date) { partnerships(asOf: $asOf) { nodes { id } } }',
        {
          asOf,
        },
      );
      return list.data!.partnerships.nodes.map((n) => n.id);
    };
    expect(await ids('2024-06-30')).toContain('samen-helmond');
    expect(await ids('2024-07-01')).not.toContain('samen-helmond');
    expect(await ids()).not.toContain('samen-helmond');
    expect((await partnership('samen-helmond')).validTo).toBe('2024-07-01');
    const archive = (await changes('samen-helmond')).find((c) => c.action === 'ARCHIVE')!;
    expect(archive).toEqual({ action: 'ARCHIVE', field: 'validTo', before: null, after: '"2024-07-01"' });
  });

  it('archiving with a date before the partnership began is refused', async () => {
    expect((await update('vitaal-brainport', { validFrom: '2019-04-01' })).errors).toBeUndefined();
    const { version } = await partnership('vitaal-brainport');
    const { body } = await editor(
      'mutation($v: Int!) { archivePartnership(id: "vitaal-brainport", version: $v, validTo: "2019-04-01") { id } }',
      {
        v: version,
      },
    );
    expect(body.errors?.[0]).toMatchObject({ extensions: { code: 'BAD_USER_INPUT', field: 'validTo' } });
    expect((await partnership('vitaal-brainport')).validTo).toBeNull();
  });
});
