import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Db } from '@dsv/neo4j';
import { exportTo, importPath, InputError, type InputProblem } from '@dsv/seed';
import { counts, resetDb, testDb } from '../helpers/db.js';
import { copyExamples, dateExamples, edit, tempDir } from '../helpers/files.js';

/**
 * The dates of DESIGN.md §9.3 are validated like every other column: a wrong
 * one is reported by file, row and column, and nothing of the input is
 * written — not into an empty database, not over existing data.
 */

const TODAY = '2026-11-23';
let db: Db;
let before: Awaited<ReturnType<typeof counts>>;
let exported: Record<string, string>;

function readFolder(dir: string): Record<string, string> {
  return Object.fromEntries(
    readdirSync(dir)
      .sort()
      .map((f) => [f, readFileSync(join(dir, f), 'utf8')]),
  );
}

async function snapshot(): Promise<Record<string, string>> {
  const dir = tempDir('dsv-export-');
  await exportTo(db, dir);
  return readFolder(dir);
}

/** A copy of the examples with dates, changed by `change`. */
function datedCopy(change: (dir: string) => void): string {
  const dir = copyExamples();
  dateExamples(dir);
  change(dir);
  return dir;
}

beforeAll(async () => {
  db = testDb();
  await resetDb(db);
  // Data is there already: a refused import must leave it exactly as it was.
  await importPath(
    db,
    datedCopy(() => undefined),
    { replace: true, today: TODAY },
  );
  before = await counts(db);
  exported = await snapshot();
});
afterAll(async () => {
  await db?.close();
});

describe('dates in an import', () => {
  it.each([
    [
      'a malformed valid_from',
      (dir: string) => edit(dir, 'partnerships.csv', '2021-03-01,2024-07-01', '2021-13-01,2024-07-01'),
      [
        {
          file: 'partnerships.csv',
          row: 3,
          column: 'valid_from',
          message: 'must be a date written as yyyy-mm-dd (e.g. 2021-12-31), or empty (got "2021-13-01")',
        },
      ],
    ],
    [
      'a day that does not exist',
      (dir: string) => edit(dir, 'memberships.csv', '2021-05-15,2023-01-01', '2021-02-29,2023-01-01'),
      [
        {
          file: 'memberships.csv',
          row: 8,
          column: 'valid_from',
          message: 'must be a date written as yyyy-mm-dd (e.g. 2021-12-31), or empty (got "2021-02-29")',
        },
      ],
    ],
    [
      'a date in another notation',
      (dir: string) => edit(dir, 'seats.csv', ',2022-06-30', ',30-06-2022'),
      [
        {
          file: 'seats.csv',
          row: 3,
          column: 'valid_to',
          message: 'must be a date written as yyyy-mm-dd (e.g. 2021-12-31), or empty (got "30-06-2022")',
        },
      ],
    ],
    [
      'valid_to on valid_from (an empty period)',
      (dir: string) => edit(dir, 'partnerships.csv', '2021-03-01,2024-07-01', '2021-03-01,2021-03-01'),
      [
        {
          file: 'partnerships.csv',
          row: 3,
          column: 'valid_to',
          message: 'must be after valid_from (2021-03-01): valid_to is the first day it no longer holds (got "2021-03-01")',
        },
      ],
    ],
    [
      'valid_to before valid_from, in a membership and a network membership',
      (dir: string) => {
        edit(dir, 'memberships.csv', '2021-05-15,2023-01-01', '2023-01-01,2021-05-15');
        edit(dir, 'network_memberships.csv', '2020-01-01,2023-01-01', '2023-01-01,2020-01-01');
      },
      [
        {
          file: 'network_memberships.csv',
          row: 2,
          column: 'valid_to',
          message: 'must be after valid_from (2023-01-01): valid_to is the first day it no longer holds (got "2020-01-01")',
        },
        {
          file: 'memberships.csv',
          row: 8,
          column: 'valid_to',
          message: 'must be after valid_from (2023-01-01): valid_to is the first day it no longer holds (got "2021-05-15")',
        },
      ],
    ],
    [
      'a network membership of an unknown partnership',
      (dir: string) => edit(dir, 'network_memberships.csv', 'vitaal-brainport,nza', 'vitaal-brainpoort,nza'),
      [
        {
          file: 'network_memberships.csv',
          row: 2,
          column: 'partnership_id',
          message: 'unknown partnership "vitaal-brainpoort" (not in partnerships)',
        },
      ],
    ],
    [
      'a network membership of a network the partnership is not in',
      (dir: string) => edit(dir, 'network_memberships.csv', 'vitaal-brainport,nza', 'vitaal-brainport,lpa'),
      [
        {
          file: 'network_memberships.csv',
          row: 2,
          column: 'network',
          message: '"lpa" is not one of the networks of partnership "vitaal-brainport" (groz; nza)',
        },
      ],
    ],
    [
      'a network membership dated twice',
      (dir: string) => edit(dir, 'network_memberships.csv', /$/, 'vitaal-brainport,nza,2019-01-01,\n'),
      [
        {
          file: 'network_memberships.csv',
          row: 3,
          column: 'network',
          message: 'this network membership is dated in an earlier row already',
        },
      ],
    ],
    [
      'a network_memberships file without its columns',
      (dir: string) => writeFileSync(join(dir, 'network_memberships.csv'), 'partnership_id,network\nvitaal-brainport,nza\n'),
      [
        { file: 'network_memberships.csv', row: 1, column: 'valid_from', message: 'required column is missing' },
        { file: 'network_memberships.csv', row: 1, column: 'valid_to', message: 'required column is missing' },
      ],
    ],
  ] as [string, (dir: string) => void, InputProblem[]][])(
    '%s is refused with file, row and column; nothing is written',
    async (_name, change, expected) => {
      for (const replace of [false, true]) {
        const error = await importPath(db, datedCopy(change), { replace, today: TODAY }).catch((e: unknown) => e);
        expect(error).toBeInstanceOf(InputError);
        expect((error as InputError).problems).toEqual(expected);
        expect(await counts(db)).toEqual(before);
      }
      expect(await snapshot()).toEqual(exported);
    },
  );

  it('empty date cells are unknown: the record is always valid', async () => {
    const dir = datedCopy((d) => edit(d, 'partnerships.csv', '2021-03-01,2024-07-01', ','));
    await importPath(db, dir, { replace: true, today: TODAY });
    const after = await snapshot();
    expect(after['partnerships.csv']!.split('\n')[0]).not.toContain('valid_');
    // Back as it was for the other tests.
    await importPath(
      db,
      datedCopy(() => undefined),
      { replace: true, today: TODAY },
    );
    expect(await snapshot()).toEqual(exported);
  });
});
