import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Db } from '@dsv/neo4j';
import { exportTo, importPath } from '@dsv/seed';
import { resetDb, testDb } from '../helpers/db.js';
import { copyExamples, edit, tempDir } from '../helpers/files.js';

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
