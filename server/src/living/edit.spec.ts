import type { Tx } from '@dsv/neo4j';
import type { Dataset, RawRow, SheetName } from '@dsv/seed';

/** Ids an edit points at, to check that they exist. */
export interface Refs {
  networks: string[];
  parties: string[];
  partnerships: string[];
  tables: string[];
}

/** An editable record as its form knows it. */
export interface EditRecord {
  id: string;
  [field: string]: unknown;
}

/**
 * What the edit service needs to know of one kind of record: how to read it
 * (locked), how it looks as import rows (so the import's validation applies),
 * how to write it, and which fields the history follows.
 */
export interface EditSpec<R extends EditRecord> {
  kind: 'Partnership' | 'Party' | 'Table';
  /** Human name for messages. */
  noun: string;
  sheet: SheetName;
  /** The fields a change record is written for, in form order. */
  fields: readonly (keyof R & string)[];
  /** Statement names: the locked current record, whether an id is taken, archive. */
  statements: { current: string; taken: string; archive: string };
  /** A new record's values before the create input is applied. */
  blank(id: string): R;
  /** The record as import rows (validated with the import's rules). */
  rows(record: R): Partial<Record<SheetName, RawRow[]>>;
  refs(record: R): Refs;
  /** The validated record back from the import's Dataset. */
  fromDataset(ds: Dataset): R;
  write(tx: Tx, ds: Dataset): Promise<void>;
  /** The record as the current statement read it, in the form fromDataset gives (for comparing). */
  normalize?(record: R): R;
  /** Applies an input's list items to the current ones where an item leaves a value out (absent = unchanged). */
  mergeItems?(current: R, wanted: R, input: object): R;
}

/** A value in one form for equal content: lists sorted, object keys in order. */
export function canonical(value: unknown): unknown {
  if (Array.isArray(value)) {
    const items = value.map(canonical);
    return items.sort((a, b) => {
      const [x, y] = [JSON.stringify(a), JSON.stringify(b)];
      return x < y ? -1 : x > y ? 1 : 0;
    });
  }
  if (value !== null && typeof value === 'object') {
    return Object.fromEntries(
      Object.keys(value)
        .sort()
        .map((k) => [k, canonical((value as Record<string, unknown>)[k])]),
    );
  }
  return value ?? null;
}

/** The fields whose values differ (lists compare as sets), with both values in canonical form. */
export function changedFields<R extends EditRecord>(
  spec: EditSpec<R>,
  before: R,
  after: R,
): { field: string; before: unknown; after: unknown }[] {
  return spec.fields
    .map((f) => ({ field: f as string, before: canonical(before[f]), after: canonical(after[f]) }))
    .filter((c) => JSON.stringify(c.before) !== JSON.stringify(c.after));
}

/** A record with the input applied: absent (undefined) fields stay; a null list is an empty one. */
export function applyInput<R extends EditRecord>(spec: EditSpec<R>, record: R, input: object): R {
  const out = { ...record } as Record<string, unknown>;
  for (const f of spec.fields) {
    const value = (input as Record<string, unknown>)[f];
    if (value === undefined) continue;
    out[f] = value === null && Array.isArray(record[f]) ? [] : value;
  }
  return spec.mergeItems ? spec.mergeItems(record, out as R, input) : (out as R);
}

/** A validity period's keys, only where set (DESIGN.md §9.3): an undated item keeps its shape. */
export function datesOf(item: { validFrom?: unknown; validTo?: unknown }): { validFrom?: string; validTo?: string } {
  return {
    ...(item.validFrom ? { validFrom: String(item.validFrom) } : {}),
    ...(item.validTo ? { validTo: String(item.validTo) } : {}),
  };
}

const text = (v: unknown) => (v === null || v === undefined ? '' : String(v));
export { text as cell };
