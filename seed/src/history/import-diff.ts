import type { SheetName } from '../format/columns.js';
import type { Dataset } from '../validate/dataset.js';
import type { ChangeInput } from './changes.js';

/** What an import would do to one file's records. */
export interface FileDiff {
  file: SheetName;
  created: number;
  updated: number;
  /** Removed from view: only with --replace, records the input no longer has. */
  archived: number;
  /** Up to five keys of each kind, to show. */
  examples: { created: string[]; updated: string[]; archived: string[] };
}

export interface ImportPlan {
  files: FileDiff[];
  /** The import's change records (one per entity created, updated or removed). */
  changes: ChangeInput[];
  /** Per sheet, the keys whose records are new or differ (their version goes up). */
  changed: Record<SheetName, Set<string>>;
}

type Row = Record<string, unknown>;
/** The sheets with records of their own: network_memberships date a partnership's networks and belong to it. */
type RecordSheet = Exclude<SheetName, 'network_memberships'>;
const KEYS: Record<RecordSheet, (r: Row) => string> = {
  networks: (r) => String(r.key),
  parties: (r) => String(r.id),
  partnerships: (r) => String(r.id),
  memberships: (r) => `${String(r.partnershipId)} › ${String(r.partyId)}`,
  tables: (r) => String(r.id),
  seats: (r) => `${String(r.tableId)} › ${String(r.partyId)}`,
  initiatives: (r) => String(r.id),
};
const ENTITY: Partial<Record<SheetName, ChangeInput['entity']>> = {
  networks: 'Network',
  parties: 'Party',
  partnerships: 'Partnership',
  tables: 'Table',
  initiatives: 'Initiative',
};

/** A record in a form where equal content compares equal: lists sorted. */
function canonical(row: Row): string {
  return JSON.stringify(row, (_k, v: unknown) => (Array.isArray(v) ? [...(v as string[])].sort() : v));
}

const EXAMPLES = 5;

/**
 * Compares an input with the data it would be written over. Without
 * `replace` rows are merged by id, so nothing is removed; with it, every
 * record the input lacks is.
 */
export function planImport(existing: Dataset, incoming: Dataset, opts: { replace: boolean; source: string }): ImportPlan {
  const files: FileDiff[] = [];
  const changes: ChangeInput[] = [];
  const changed = { network_memberships: new Set<string>() } as Record<SheetName, Set<string>>;
  for (const file of Object.keys(KEYS) as RecordSheet[]) {
    const key = KEYS[file];
    const before = new Map((existing[file] as Row[]).map((r) => [key(r), r]));
    const after = new Map((incoming[file] as Row[]).map((r) => [key(r), r]));
    const diff: FileDiff = { file, created: 0, updated: 0, archived: 0, examples: { created: [], updated: [], archived: [] } };
    const keys = new Set<string>();
    const note = (kind: 'created' | 'updated' | 'archived', k: string, old: Row | undefined, now: Row | undefined) => {
      diff[kind] += 1;
      if (diff.examples[kind].length < EXAMPLES) diff.examples[kind].push(k);
      const entity = ENTITY[file];
      if (entity)
        changes.push({ action: 'IMPORT', entity, entityId: k, field: null, before: old ?? null, after: now ?? null, source: opts.source });
    };
    for (const [k, row] of after) {
      const old = before.get(k);
      if (!old) {
        note('created', k, undefined, row);
        keys.add(k);
      } else if (canonical(old) !== canonical(row)) {
        note('updated', k, old, row);
        keys.add(k);
      }
    }
    if (opts.replace) for (const [k, old] of before) if (!after.has(k)) note('archived', k, old, undefined);
    changed[file] = keys;
    files.push(diff);
  }
  // Memberships and seats belong to their owner: one record per owner whose list changed.
  changes.push(...ownedChanges(existing.memberships, incoming.memberships, 'Partnership', 'members', opts));
  changes.push(...ownedChanges(existing.seats, incoming.seats, 'Table', 'seats', opts));
  return { files, changes, changed };
}

function ownedChanges(
  existing: Dataset['memberships'] | Dataset['seats'],
  incoming: Dataset['memberships'] | Dataset['seats'],
  entity: 'Partnership' | 'Table',
  field: string,
  opts: { replace: boolean; source: string },
): ChangeInput[] {
  const owner = (r: Row) => String(r.partnershipId ?? r.tableId);
  // As the edit forms name them: members { partyId, role }, seats a party id; the dates
  // (DESIGN.md §9.3) where a membership or seat has them.
  const dates = (r: Row) => ({
    ...(r.validFrom ? { validFrom: r.validFrom } : {}),
    ...(r.validTo ? { validTo: r.validTo } : {}),
  });
  const item = (r: Row) => {
    if ('role' in r) return { partyId: r.partyId, role: r.role, ...dates(r) };
    return r.validFrom || r.validTo ? { partyId: r.partyId, ...dates(r) } : r.partyId;
  };
  const group = (rows: Row[]) => {
    const out = new Map<string, Map<string, unknown>>();
    for (const r of rows) {
      const byParty = out.get(owner(r)) ?? new Map<string, unknown>();
      byParty.set(String(r.partyId), item(r));
      out.set(owner(r), byParty);
    }
    return out;
  };
  const before = group(existing as unknown as Row[]);
  const incomingByOwner = group(incoming as unknown as Row[]);
  const owners = new Set([...incomingByOwner.keys(), ...(opts.replace ? before.keys() : [])]);
  const out: ChangeInput[] = [];
  for (const id of [...owners].sort()) {
    const old = before.get(id) ?? new Map<string, unknown>();
    // Merging keeps the members the input does not name; --replace does not.
    const now = new Map([...(opts.replace ? [] : old), ...(incomingByOwner.get(id) ?? [])]);
    const list = (m: Map<string, unknown>) => [...m.keys()].sort().map((k) => m.get(k));
    if (JSON.stringify(list(old)) === JSON.stringify(list(now))) continue;
    // A list the owner did not have before is created (before: none), as a new record is.
    const was = old.size === 0 ? null : list(old);
    out.push({ action: 'IMPORT', entity, entityId: id, field, before: was, after: list(now), source: opts.source });
  }
  return out;
}
