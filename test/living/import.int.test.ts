import { join } from 'node:path';
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Db } from '@dsv/neo4j';
import { exportTo, importPath } from '@dsv/seed';
import { counts, resetDb, testDb } from '../helpers/db.js';
import { copyExamples, edit, examplesDir, tempDir } from '../helpers/files.js';
import { startTestServer, type TestServer } from '../helpers/server.js';
import { addRoleUsers, gqlAs, signIn } from './session.js';
import { zipOf } from '../import/zip.js';
import { upload, zipFolder } from './upload.js';

let db: Db;
let server: TestServer;
let admin: string;
let editor: string;

beforeAll(async () => {
  db = testDb();
  await resetDb(db);
  // The CONTRIBUTOR needs a partnership: the examples are there while the users are added.
  await importPath(db, examplesDir, { replace: true, user: 'test' });
  const emails = await addRoleUsers(db, ['vitaal-brainport']);
  await db.write('import/clear');
  await db.write('test/clear-history');
  server = await startTestServer(db);
  admin = await signIn(server.url, emails.ADMIN);
  editor = await signIn(server.url, emails.EDITOR);
});
afterAll(async () => {
  await server?.close();
  await db?.close();
});

// Packed before any request: deflating 300 MB holds the event loop for a while.
const BOMB = zipOf([{ name: 'parties.csv', data: Buffer.alloc(300 * 2 ** 20, 0x41) }]);
const EXAMPLES_ZIP = { name: 'voorbeeld.zip', data: zipFolder(examplesDir) };
const files = (body: Record<string, unknown>) =>
  Object.fromEntries(
    (body.files as { file: string; created: number; updated: number; archived: number }[]).map((f) => [
      f.file,
      [f.created, f.updated, f.archived],
    ]),
  );

describe('browser import (POST /import)', () => {
  it('a dry run answers what would be created, per file, and writes nothing', async () => {
    const before = await counts(db);
    const { status, body } = await upload(server.url, admin, EXAMPLES_ZIP, { dryRun: 'true' });
    expect(status).toBe(200);
    expect(body).toMatchObject({ dryRun: true, origin: 'voorbeeld', rows: 27 });
    expect(files(body)).toEqual({
      networks: [2, 0, 0],
      parties: [8, 0, 0],
      partnerships: [2, 0, 0],
      memberships: [7, 0, 0],
      tables: [2, 0, 0],
      seats: [5, 0, 0],
      initiatives: [1, 0, 0],
    });
    expect(await counts(db)).toEqual(before);
  });

  it('the import commits in one go, and its change records name the file and the user', async () => {
    const { status, body } = await upload(server.url, admin, EXAMPLES_ZIP);
    expect(status).toBe(200);
    expect(body).toMatchObject({ dryRun: false, summary: { partnerships: 2, parties: 8, memberships: 7 }, changes: 19 });
    const history = await gqlAs(
      server.url,
      admin,
    )<{ changes: { action: string; by: string; source: string }[] }>(
      '{ changes(entityId: "vitaal-brainport") { action by source field } }',
    );
    expect(history.body.data!.changes).toEqual([
      { action: 'IMPORT', by: 'beheerder@example.nl', source: 'import of voorbeeld by beheerder@example.nl', field: 'members' },
      { action: 'IMPORT', by: 'beheerder@example.nl', source: 'import of voorbeeld by beheerder@example.nl', field: null },
    ]);

    // The records an import creates are stored as lists, and read as one change per record with its values.
    const members = await gqlAs(
      server.url,
      admin,
    )<{ changes: { before: string | null; after: string }[] }>(
      '{ changes(entityId: "vitaal-brainport", entity: "Partnership") { before after } }',
    );
    expect(members.body.data!.changes[0]).toEqual({
      before: null,
      after: JSON.stringify([
        { partyId: 'bewoners-woensel', role: 'deelnemer' },
        { partyId: 'cz', role: 'financier' },
        { partyId: 'fontys', role: 'kennispartner' },
        { partyId: 'gem-eindhoven', role: 'financier' },
        { partyId: 'huisartsen-eindhoven', role: 'trekker' },
      ]),
    });
    expect(JSON.parse(members.body.data!.changes[1]!.after)).toMatchObject({ id: 'vitaal-brainport' });
    const all = await gqlAs(
      server.url,
      admin,
    )<{ changes: { id: string; entity: string; entityId: string; field: string | null }[] }>(
      '{ changes(action: "IMPORT", first: 1000) { id entity entityId field } }',
    );
    const rows = all.body.data!.changes;
    expect(rows).toHaveLength(19);
    expect(new Set(rows.map((r) => r.id)).size).toBe(19);
    // Newest first: the last file's records first; within a list, by id descending.
    expect(rows.slice(0, 4).map((r) => [r.entity, r.entityId, r.field])).toEqual([
      ['Table', 'tafel-helmond-eenzaamheid', 'seats'],
      ['Table', 'tafel-brainport-leefstijl', 'seats'],
      ['Partnership', 'vitaal-brainport', 'members'],
      ['Partnership', 'samen-helmond', 'members'],
    ]);
    const parties = readFileSync(join(examplesDir, 'parties.csv'), 'utf8')
      .trim()
      .split('\n')
      .slice(1)
      .map((l) => l.split(',')[0]);
    expect(rows.filter((r) => r.entity === 'Party').map((r) => r.entityId)).toEqual([...parties].sort().reverse());
  });

  it('a dry run of a changed file shows updates, and with replace what would be archived, with examples', async () => {
    const dir = copyExamples();
    edit(dir, 'parties.csv', 'cz,CZ,', 'cz,CZ zorgverzekeraar,');
    edit(dir, 'initiatives.csv', /\n[^\n]+\n$/, '\n');
    const { body } = await upload(
      server.url,
      admin,
      { name: 'gewijzigd.zip', data: zipFolder(dir, 'gewijzigd/') },
      { dryRun: 'true', replace: 'true' },
    );
    expect(files(body)).toEqual({
      networks: [0, 0, 0],
      parties: [0, 1, 0],
      partnerships: [0, 0, 0],
      memberships: [0, 0, 0],
      tables: [0, 0, 0],
      seats: [0, 0, 0],
      initiatives: [0, 0, 1],
    });
    const parties = (body.files as { file: string; examples: unknown }[]).find((f) => f.file === 'parties')!;
    expect(parties.examples).toEqual({ created: [], updated: ['cz'], archived: [] });
  });

  it('an .xlsx workbook goes through the same reader: an export imports as "nothing changed"', async () => {
    const path = join(tempDir('dsv-xlsx-'), 'export.xlsx');
    await exportTo(db, path);
    const { status, body } = await upload(server.url, admin, { name: 'export.xlsx', data: readFileSync(path) }, { dryRun: 'true' });
    expect(status).toBe(200);
    expect(
      Object.values(files(body))
        .flat()
        .every((n) => n === 0),
    ).toBe(true);
  });

  it('a bad file is refused with the problems as the command line prints them, and nothing is written', async () => {
    const before = await counts(db);
    const dir = copyExamples();
    edit(dir, 'partnerships.csv', ',2,2021,', ',5,2021,');
    edit(dir, 'memberships.csv', 'wijkteam-helmond', 'wijkteam-helmon');
    const { status, body } = await upload(server.url, admin, { name: 'fout.zip', data: zipFolder(dir) });
    expect(status).toBe(422);
    expect(body.lines).toEqual([
      'partnerships.csv, row 3, column "phase": must be a whole number from 1 to 4, or empty (got "5")',
      'memberships.csv, row 7, column "party_id": unknown party "wijkteam-helmon" (not in parties)',
    ]);
    expect(await counts(db)).toEqual(before);
  });

  it('refuses what is not a workbook or a zip, and a zip bomb', async () => {
    const text = await upload(server.url, admin, { name: 'data.csv', data: Buffer.from('id,name\n') });
    expect(text).toMatchObject({ status: 422, body: { lines: ['data.csv: expected an .xlsx workbook or a .zip of CSV files'] } });
    const refused = await upload(server.url, admin, { name: 'bom.zip', data: BOMB });
    expect(refused).toMatchObject({ status: 422, body: { lines: ['bom.zip: unpacks to more than 256 MB: not accepted'] } });
  });

  it('is for ADMINs only, and refuses a plain cross-site form post', async () => {
    expect((await upload(server.url, null, EXAMPLES_ZIP, { dryRun: 'true' })).status).toBe(401);
    expect((await upload(server.url, editor, EXAMPLES_ZIP, { dryRun: 'true' })).status).toBe(403);
    expect((await upload(server.url, admin, EXAMPLES_ZIP, { dryRun: 'true' }, {})).status).toBe(400);
  });
});
