import { describe, expect, it } from 'vitest';
import { historyRows, type ChangeInput } from '@dsv/seed';

const created = (entityId: string, field: string | null = null): ChangeInput => ({
  action: 'IMPORT',
  entity: 'Party',
  entityId,
  field,
  before: null,
  after: { id: entityId },
  source: 'import of x by y',
});

describe('the history rows of an import', () => {
  it('keeps changes that had something before as one record each, and lists created records by kind', () => {
    const updated: ChangeInput = { ...created('b'), before: { id: 'b', name: 'B' } };
    const edit: ChangeInput = { action: 'UPDATE', entity: 'Party', entityId: 'c', field: 'name', before: 'C', after: 'C2', source: null };
    const { singles, created: lists } = historyRows([created('z'), updated, created('a'), created('m', 'members'), edit]);
    expect(singles.map((s) => [s.seq, s.entityId, s.before, s.after])).toEqual([
      [1, 'b', '{"id":"b","name":"B"}', '{"id":"b"}'],
      [4, 'c', '"C"', '"C2"'],
    ]);
    // A list takes the place of its first record; its records are sorted by id, with the range they cover.
    expect(lists.map((l) => [l.seq, l.field, l.entityIds, l.afters, l.firstId, l.lastId])).toEqual([
      [0, null, ['a', 'z'], ['{"id":"a"}', '{"id":"z"}'], 'a', 'z'],
      [3, 'members', ['m'], ['{"id":"m"}'], 'm', 'm'],
    ]);
  });

  it('splits a large import into lists of 5,000 records with ranges that do not overlap', () => {
    const ids = Array.from({ length: 12_001 }, (_, i) => `p${String(12_000 - i).padStart(5, '0')}`);
    const { singles, created: lists } = historyRows(ids.map((id) => created(id)));
    expect(singles).toEqual([]);
    expect(lists.map((l) => [l.entityIds.length, l.firstId, l.lastId])).toEqual([
      [5000, 'p00000', 'p04999'],
      [5000, 'p05000', 'p09999'],
      [2001, 'p10000', 'p12000'],
    ]);
    expect(new Set(lists.map((l) => l.id)).size).toBe(3);
  });
});
