import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { Db } from '@dsv/neo4j';
import { findMunicipality, importPath, InputError, type InputProblem } from '@dsv/seed';
import { counts, resetDb, testDb } from '../helpers/db.js';
import { copyExamples, edit, examplesDir } from '../helpers/files.js';

const TODAY = '2026-11-23';
let db: Db;

beforeAll(() => {
  db = testDb();
});
afterAll(async () => {
  await db?.close();
});

async function problemsOf(path: string, replace = false): Promise<InputProblem[]> {
  const error = await importPath(db, path, { replace, today: TODAY }).catch((e: unknown) => e);
  expect(error).toBeInstanceOf(InputError);
  return (error as InputError).problems;
}

describe('importing the example folder', () => {
  beforeEach(async () => {
    await resetDb(db);
  });

  it('writes every row and reports the counts', async () => {
    const summary = await importPath(db, examplesDir, { replace: false, today: TODAY });
    expect(summary).toEqual({ networks: 2, parties: 8, partnerships: 2, memberships: 7, tables: 2, seats: 5, initiatives: 1 });
    const [row] = await db.read<{ id: string; location: { lat: number; lon: number }; locationDerived: boolean; source: string }>(
      'test/partnership',
      { id: 'samen-helmond' },
    );
    const helmond = findMunicipality('Helmond')!;
    expect(row).toEqual({
      id: 'samen-helmond',
      location: { lat: helmond.lat, lon: helmond.lon },
      locationDerived: true,
      source: `partnerships.csv, imported ${TODAY}`,
    });
    const [given] = await db.read<{ location: { lat: number; lon: number }; source: string }>('test/partnership', {
      id: 'vitaal-brainport',
    });
    expect(given).toMatchObject({ location: { lat: 51.4416, lon: 5.4697 }, source: 'voorbeeldbestand' });
  });

  it('accepts a UTF-8 byte order mark and municipality names or aliases', async () => {
    const dir = copyExamples();
    edit(dir, 'parties.csv', /^/, '\uFEFF');
    edit(dir, 'tables.csv', 'GM0772;GM0794', 'Eindhoven;helmond');
    const summary = await importPath(db, dir, { replace: false, today: TODAY });
    expect(summary.parties).toBe(8);
  });

  it('merges by id without --replace and empties first with --replace', async () => {
    await importPath(db, examplesDir, { replace: false, today: TODAY });
    await db.write('import/parties', { rows: [{ id: 'extra', name: 'Extra partij', domain: 'business', municipality: null }] });
    await importPath(db, examplesDir, { replace: false, today: TODAY });
    expect((await db.read<{ n: number }>('test/count-label', { label: 'Party' }))[0]!.n).toBe(9);
    await importPath(db, examplesDir, { replace: true, today: TODAY });
    expect((await db.read<{ n: number }>('test/count-label', { label: 'Party' }))[0]!.n).toBe(8);
  });
});

describe('a bad input writes nothing and names file, row, column and reason', () => {
  let before: { nodes: number; relationships: number };

  beforeAll(async () => {
    await resetDb(db);
    await importPath(db, examplesDir, { replace: false, today: TODAY });
    before = await counts(db);
  });

  async function rejects(dir: string, expected: InputProblem[], replace = false) {
    expect(await problemsOf(dir, replace)).toEqual(expected);
    expect(await counts(db)).toEqual(before);
  }

  it('missing column', async () => {
    const dir = copyExamples();
    edit(dir, 'partnerships.csv', 'themes,phase,start_year', 'themes,start_year');
    await rejects(dir, [{ file: 'partnerships.csv', row: 1, column: 'phase', message: 'required column is missing' }]);
  });

  it('unknown network key', async () => {
    const dir = copyExamples();
    edit(dir, 'partnerships.csv', 'groz;nza', 'groz;nzb');
    await rejects(dir, [{ file: 'partnerships.csv', row: 2, column: 'networks', message: 'unknown network key "nzb" (not in networks)' }]);
  });

  it('unknown municipality', async () => {
    const dir = copyExamples();
    edit(dir, 'partnerships.csv', 'nza,Helmond,', 'nza,Atlantis,');
    await rejects(dir, [
      {
        file: 'partnerships.csv',
        row: 3,
        column: 'municipalities',
        message: 'unknown municipality "Atlantis" (give a CBS code such as GM0363 or an official name)',
      },
    ]);
  });

  it('duplicate id', async () => {
    const dir = copyExamples();
    edit(dir, 'parties.csv', 'cz,CZ,financier-insurer,\n', 'cz,CZ,financier-insurer,\ncz,CZ groep,financier-insurer,\n');
    await rejects(dir, [{ file: 'parties.csv', row: 6, column: 'id', message: 'duplicate id "cz" (first in row 5)' }]);
  });

  it('membership pointing at a missing party', async () => {
    const dir = copyExamples();
    edit(dir, 'memberships.csv', 'samen-helmond,wijkteam-helmond,trekker', 'samen-helmond,wijkteam-helmon,trekker');
    await rejects(dir, [
      { file: 'memberships.csv', row: 7, column: 'party_id', message: 'unknown party "wijkteam-helmon" (not in parties)' },
    ]);
  });

  it('latitude and longitude out of range', async () => {
    const dir = copyExamples();
    edit(dir, 'partnerships.csv', '51.4416,5.4697', '95.1,181');
    await rejects(dir, [
      {
        file: 'partnerships.csv',
        row: 2,
        column: 'lat',
        message: 'must be a latitude from -90 to 90 (decimal point), or empty (got "95.1")',
      },
      {
        file: 'partnerships.csv',
        row: 2,
        column: 'lon',
        message: 'must be a longitude from -180 to 180 (decimal point), or empty (got "181")',
      },
    ]);
  });

  it('phase outside 1-4', async () => {
    const dir = copyExamples();
    edit(dir, 'partnerships.csv', 'Eenzaamheid,2,', 'Eenzaamheid,5,');
    await rejects(dir, [
      { file: 'partnerships.csv', row: 3, column: 'phase', message: 'must be a whole number from 1 to 4, or empty (got "5")' },
    ]);
  });

  it('a file that is not UTF-8', async () => {
    const dir = copyExamples();
    writeFileSync(join(dir, 'parties.csv'), Buffer.from('id,name,domain,municipality\nx,Huisartsencoöperatie,care,\n', 'latin1'));
    await rejects(dir, [{ file: 'parties.csv', message: 'is not valid UTF-8 text: save it as CSV UTF-8' }]);
  });

  it('a file over the 50 MB cap', async () => {
    const dir = copyExamples();
    const row = 'tafel-helmond-eenzaamheid,huisartsen-eindhoven\n';
    writeFileSync(join(dir, 'seats.csv'), 'table_id,party_id\n' + row.repeat(Math.ceil((51 * 2 ** 20) / row.length)));
    await rejects(dir, [{ file: 'seats.csv', message: 'file is 51.0 MB, over the limit of 50 MB' }]);
  });

  it('an empty file', async () => {
    const dir = copyExamples();
    writeFileSync(join(dir, 'seats.csv'), '');
    await rejects(dir, [{ file: 'seats.csv', message: 'file is empty: expected a header row' }]);
  });

  it('every problem at once, across files, and nothing written even with --replace', async () => {
    const dir = copyExamples();
    edit(dir, 'partnerships.csv', 'Eenzaamheid,2,', 'Eenzaamheid,0,');
    edit(dir, 'seats.csv', 'tafel-helmond-eenzaamheid,wijkteam-helmond', 'tafel-onbekend,wijkteam-helmond');
    await rejects(
      dir,
      [
        { file: 'partnerships.csv', row: 3, column: 'phase', message: 'must be a whole number from 1 to 4, or empty (got "0")' },
        { file: 'seats.csv', row: 5, column: 'table_id', message: 'unknown table "tafel-onbekend" (not in tables)' },
      ],
      true,
    );
  });
});
