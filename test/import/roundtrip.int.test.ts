import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Db } from '@dsv/neo4j';
import { exportTo, importPath } from '@dsv/seed';
import { resetDb, testDb } from '../helpers/db.js';
import { copyExamples, dateExamples, edit, tempDir } from '../helpers/files.js';

let db: Db;
beforeAll(() => {
  db = testDb();
});
afterAll(async () => {
  await db?.close();
});

function readFolder(dir: string): Record<string, string> {
  return Object.fromEntries(
    readdirSync(dir)
      .sort()
      .map((f) => [f, readFileSync(join(dir, f), 'utf8')]),
  );
}

describe('export and import', () => {
  it('a CSV round trip (export, import into an empty database, export) gives identical files', async () => {
    await resetDb(db);
    await importPath(db, copyExamples(), { replace: true, today: '2026-11-23' });
    const first = tempDir('dsv-export-');
    await exportTo(db, first);
    await resetDb(db);
    await importPath(db, first, { replace: true });
    const second = tempDir('dsv-export-');
    await exportTo(db, second);
    expect(readFolder(second)).toEqual(readFolder(first));
    expect(Object.keys(readFolder(first))).toEqual([
      'initiatives.csv',
      'memberships.csv',
      'networks.csv',
      'parties.csv',
      'partnerships.csv',
      'seats.csv',
      'tables.csv',
    ]);
    expect(readFolder(first)['partnerships.csv']!.split('\n')[0]).toBe(
      'id,name,networks,municipalities,themes,phase,start_year,lat,lon,website,source',
    );
  });

  it('a CSV round trip of dated records gives identical files, with the dates as Neo4j dates', async () => {
    await resetDb(db);
    const dir = copyExamples();
    dateExamples(dir);
    await importPath(db, dir, { replace: true, today: '2026-11-23' });
    expect(await db.read('test/date-types')).toEqual([{ types: ['DATE NOT NULL'], bounds: 8 }]);
    const first = tempDir('dsv-export-');
    await exportTo(db, first);
    await resetDb(db);
    await importPath(db, first, { replace: true });
    const second = tempDir('dsv-export-');
    await exportTo(db, second);
    const files = readFolder(first);
    expect(readFolder(second)).toEqual(files);
    expect(Object.keys(files)).toContain('network_memberships.csv');
    expect(files['network_memberships.csv']).toBe(
      'partnership_id,network,valid_from,valid_to\nvitaal-brainport,nza,2020-01-01,2023-01-01\n',
    );
    expect(files['partnerships.csv']!.split('\n')[0]).toBe(
      'id,name,networks,municipalities,themes,phase,start_year,lat,lon,website,source,valid_from,valid_to',
    );
    expect(files['partnerships.csv']).toContain(',2021-03-01,2024-07-01\n');
    expect(files['memberships.csv']).toContain('samen-helmond,huisartsen-eindhoven,,2021-05-15,2023-01-01\n');
    // An optional column is written only when some record has a value in it.
    expect(files['seats.csv']).toContain('table_id,party_id,valid_to\ntafel-brainport-leefstijl,cz,2022-06-30\n');
    // The XLSX round trip keeps them too.
    const workbook = join(tempDir('dsv-xlsx-'), 'dsv.xlsx');
    await exportTo(db, workbook);
    await importPath(db, workbook, { replace: true });
    const third = tempDir('dsv-export-');
    await exportTo(db, third);
    expect(readFolder(third)).toEqual(files);
  });

  it('an XLSX round trip gives the same data as the CSV export', async () => {
    await resetDb(db);
    await importPath(db, copyExamples(), { replace: true, today: '2026-11-23' });
    const csv = tempDir('dsv-export-');
    await exportTo(db, csv);
    const workbook = join(tempDir('dsv-xlsx-'), 'dsv.xlsx');
    await exportTo(db, workbook);
    await importPath(db, workbook, { replace: true });
    const again = tempDir('dsv-export-');
    await exportTo(db, again);
    expect(readFolder(again)).toEqual(readFolder(csv));
  });

  it('cells starting with = + - @ are stored as text and exported with a leading apostrophe', async () => {
    await resetDb(db);
    const dir = copyExamples();
    edit(dir, 'parties.csv', 'cz,CZ,', 'cz,"=HYPERLINK(""https://evil.example"",""klik"")",');
    edit(dir, 'parties.csv', 'fontys,Fontys Hogescholen,', 'fontys,@Fontys,');
    edit(dir, 'memberships.csv', 'vitaal-brainport,fontys,kennispartner', 'vitaal-brainport,fontys,-kennispartner');
    await importPath(db, dir, { replace: true });
    const stored = await db.read<{ id: string; name: string }>('test/party-names', { ids: ['cz', 'fontys'] });
    expect(stored).toEqual([
      { id: 'cz', name: '=HYPERLINK("https://evil.example","klik")' },
      { id: 'fontys', name: '@Fontys' },
    ]);
    const out = tempDir('dsv-export-');
    await exportTo(db, out);
    const files = readFolder(out);
    expect(files['parties.csv']).toContain(`cz,"'=HYPERLINK(""https://evil.example"",""klik"")",financier-insurer,\n`);
    expect(files['parties.csv']).toContain(`fontys,'@Fontys,knowledge,GM0772\n`);
    expect(files['memberships.csv']).toContain(`vitaal-brainport,fontys,'-kennispartner\n`);
    await importPath(db, out, { replace: true });
    expect(await db.read('test/party-names', { ids: ['cz', 'fontys'] })).toEqual(stored);
  });
});
