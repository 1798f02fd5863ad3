import { randomUUID } from 'node:crypto';
import type { Tx } from '@dsv/neo4j';

/** What a change did (DESIGN.md §9.2). */
export const CHANGE_ACTIONS = ['CREATE', 'UPDATE', 'ARCHIVE', 'IMPORT', 'REVIEW'] as const;
export type ChangeAction = (typeof CHANGE_ACTIONS)[number];

/** One change record before it is written: values as JSON text (null = none). */
export interface ChangeInput {
  action: ChangeAction;
  entity: 'Partnership' | 'Party' | 'Table' | 'Network' | 'Initiative' | 'Proposal';
  entityId: string;
  field: string | null;
  before: unknown;
  after: unknown;
  source: string | null;
  comment?: string | null;
}

/** A value as the history stores it: JSON text, or null for none. */
export function historyValue(value: unknown): string | null {
  return value === undefined || value === null ? null : JSON.stringify(value);
}

/** Rows per statement when a large import writes its history; also the records per list of created records. */
const BATCH = 5000;

/** An import's records that had nothing before (new records, new member or seat lists). */
const isCreatedByImport = (c: ChangeInput) => c.action === 'IMPORT' && c.before === null;

interface Single {
  id: string;
  seq: number;
  action: ChangeAction;
  entity: string;
  entityId: string;
  field: string | null;
  before: string | null;
  after: string | null;
  source: string | null;
  comment: string | null;
}

/** Up to BATCH records an import created, of one kind, sorted by id: one node instead of one per record. */
interface Created {
  id: string;
  seq: number;
  entity: string;
  field: string | null;
  source: string | null;
  entityIds: string[];
  /** As JSON text; never null (a list property holds no nulls), '' if ever none. */
  afters: string[];
  firstId: string;
  lastId: string;
}

/**
 * Splits changes into records written one node each and the lists of records
 * an import created. A large import creates hundreds of thousands of records;
 * one node per record doubled the transaction's memory and failed imports the
 * database took without history. The API reads both as one change per record
 * (cypher/history/changes.cypher), in the same order.
 */
export function historyRows(changes: ChangeInput[]): { singles: Single[]; created: Created[] } {
  const singles: Single[] = [];
  const groups = new Map<string, { seq: number; changes: ChangeInput[] }>();
  changes.forEach((c, seq) => {
    if (isCreatedByImport(c)) {
      const key = JSON.stringify([c.entity, c.field, c.source]);
      const group = groups.get(key) ?? { seq, changes: [] };
      group.changes.push(c);
      groups.set(key, group);
      return;
    }
    singles.push({
      id: randomUUID(),
      seq,
      action: c.action,
      entity: c.entity,
      entityId: c.entityId,
      field: c.field,
      before: historyValue(c.before),
      after: historyValue(c.after),
      source: c.source,
      comment: c.comment ?? null,
    });
  });
  const created: Created[] = [];
  for (const { seq, changes: group } of groups.values()) {
    // Sorted by id, each list covers a range of ids: a look-up by id reads only the lists whose range holds it.
    const sorted = [...group].sort((a, b) => (a.entityId < b.entityId ? -1 : a.entityId > b.entityId ? 1 : 0));
    for (let start = 0; start < sorted.length; start += BATCH) {
      const part = sorted.slice(start, start + BATCH);
      created.push({
        id: randomUUID(),
        seq,
        entity: part[0]!.entity,
        field: part[0]!.field,
        source: part[0]!.source,
        entityIds: part.map((c) => c.entityId),
        afters: part.map((c) => historyValue(c.after) ?? ''),
        firstId: part[0]!.entityId,
        lastId: part.at(-1)!.entityId,
      });
    }
  }
  return { singles, created };
}

/**
 * Appends change records inside the caller's transaction, so a write and its
 * history commit or fail together. Records of one call share one time and
 * keep their order (`seq`). The data version goes up in the same
 * transaction: answers cached for the data before are stale.
 */
export async function appendChanges(tx: Tx, by: string, changes: ChangeInput[], at = new Date()): Promise<void> {
  const { singles, created } = historyRows(changes);
  const params = { by, at: at.toISOString() };
  for (let start = 0; start < singles.length; start += BATCH) {
    await tx.run('history/create', { ...params, changes: singles.slice(start, start + BATCH) });
  }
  // One list per statement: each is up to BATCH records already.
  for (const list of created) await tx.run('history/create-imported', { ...params, list });
  if (changes.length > 0) await tx.run('meta/bump-data-version');
}
