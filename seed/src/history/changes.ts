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

/** Rows per statement when a large import writes its history. */
const BATCH = 5000;

/**
 * Appends change records inside the caller's transaction, so a write and its
 * history commit or fail together. Records of one call share one time and
 * keep their order (`seq`). The data version goes up in the same
 * transaction: answers cached for the data before are stale.
 */
export async function appendChanges(tx: Tx, by: string, changes: ChangeInput[], at = new Date()): Promise<void> {
  const rows = changes.map((c, seq) => ({
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
  }));
  for (let start = 0; start < rows.length; start += BATCH) {
    await tx.run('history/create', { by, at: at.toISOString(), changes: rows.slice(start, start + BATCH) });
  }
  if (rows.length > 0) await tx.run('meta/bump-data-version');
}
