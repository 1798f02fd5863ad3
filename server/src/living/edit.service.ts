import { randomUUID } from 'node:crypto';
import type { Tx } from '@dsv/neo4j';
import { appendChanges, type ChangeInput, type Dataset, type KnownIds } from '@dsv/seed';
import { requireRole } from '../auth/guard.js';
import type { Context } from '../common/context.js';
import { ConflictError, ForbiddenError, NotFoundError, UserInputError } from '../common/errors.js';
import { applyInput, changedFields, type EditRecord, type EditSpec, type Refs } from './edit.spec.js';
import { validateEdit } from './validate.js';

/** What an update did: written, or (for a CONTRIBUTOR) proposed. */
export interface EditOutcome {
  id: string;
  proposalId: string | null;
}

const today = () => new Date().toISOString().slice(0, 10);

/** A new id from a name: lower-case words joined by '-', and a short random tail so two equal names differ. */
export function idFromName(name: string): string {
  const slug = name
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 40);
  return `${slug || 'record'}-${randomUUID().slice(0, 6)}`;
}

/**
 * Creates, updates and archives partnerships, parties and tables. Every
 * write checks the role (and a CONTRIBUTOR's link), validates with the
 * import's rules, checks the version against the record it locked, and
 * writes the record and its change records in one transaction.
 */
export class EditService {
  constructor(private readonly ctx: Context) {}

  async create<R extends EditRecord>(spec: EditSpec<R>, input: { id?: string | null; name: string }): Promise<string> {
    const user = requireRole(this.ctx, 'EDITOR', `Creating a ${spec.noun.toLowerCase()}`);
    const id = input.id?.trim() || idFromName(input.name);
    return this.ctx.store.writeTransaction(async (tx) => {
      const [taken] = await tx.run<{ taken: boolean }>(spec.statements.taken, { id });
      if (taken?.taken) throw new UserInputError(`id: "${id}" is in use already`, 'id');
      const blank = spec.blank(id);
      const wanted = applyInput(spec, blank, input);
      if (spec.fields.includes('source') && !wanted.source) (wanted as EditRecord).source = `entered by ${user.email}, ${today()}`;
      const { ds, record: saved } = await this.validate(spec, tx, wanted);
      await spec.write(tx, ds);
      const changes: ChangeInput[] = changedFields(spec, blank, saved).map((c) => ({
        action: 'CREATE',
        entity: spec.kind,
        entityId: id,
        ...c,
        source: 'form',
      }));
      await appendChanges(tx, user.email, changes);
      return id;
    });
  }

  /**
   * Applies `input` to the record at `version`. A CONTRIBUTOR linked to the
   * partnership makes a proposal instead (nothing is written to the record).
   */
  async update<R extends EditRecord>(spec: EditSpec<R>, id: string, version: number, input: object, source = 'form'): Promise<EditOutcome> {
    const user = requireRole(this.ctx, 'CONTRIBUTOR', `Changing a ${spec.noun.toLowerCase()}`);
    const proposing = user.role === 'CONTRIBUTOR';
    if (proposing && !(spec.kind === 'Partnership' && user.partnerships.includes(id)))
      throw new ForbiddenError(
        `A CONTRIBUTOR may propose changes only to the partnerships it is linked to; not to ${spec.noun.toLowerCase()} "${id}".`,
      );
    return this.ctx.store.writeTransaction(async (tx) => {
      const current = await this.locked(spec, tx, id, version);
      const wanted = applyInput(spec, current, input);
      const { ds, record: saved } = await this.validate(spec, tx, wanted);
      const diff = changedFields(spec, current, saved);
      // Nothing differs: nothing is written and the version stays.
      if (diff.length === 0) return { id, proposalId: null };
      if (proposing) {
        const proposalId = randomUUID();
        const proposed = Object.fromEntries(diff.map((d) => [d.field, d.after]));
        await tx.run('living/proposal-create', {
          id: proposalId,
          entity: spec.kind,
          entityId: id,
          baseVersion: version,
          diff: JSON.stringify(diff),
          input: JSON.stringify(proposed),
          by: user.email,
          at: new Date().toISOString(),
        });
        return { id, proposalId };
      }
      await spec.write(tx, ds);
      await appendChanges(
        tx,
        user.email,
        diff.map((c) => ({ action: 'UPDATE', entity: spec.kind, entityId: id, ...c, source })),
      );
      return { id, proposalId: null };
    });
  }

  /** Archives the record at `version`: it leaves every view and analytic; its history stays. */
  async archive<R extends EditRecord>(
    spec: EditSpec<R>,
    id: string,
    version: number,
    reason: string | null,
  ): Promise<{ id: string; version: number }> {
    const user = requireRole(this.ctx, 'EDITOR', `Archiving a ${spec.noun.toLowerCase()}`);
    return this.ctx.store.writeTransaction(async (tx) => {
      const current = await this.locked(spec, tx, id, version);
      const [done] = await tx.run<{ id: string; version: number }>(spec.statements.archive, { id, by: user.email, reason });
      const snapshot = Object.fromEntries(spec.fields.map((f) => [f, current[f] ?? null]));
      await appendChanges(tx, user.email, [
        { action: 'ARCHIVE', entity: spec.kind, entityId: id, field: null, before: snapshot, after: null, source: 'form', comment: reason },
      ]);
      return done!;
    });
  }

  /**
   * Archives a partnership as of `validTo` ("gestopt op"): its valid_to is set, so the
   * views of that day and later leave it out and those of earlier days keep it (DESIGN.md
   * §9.3). One ARCHIVE change record for the field validTo.
   */
  async end<R extends EditRecord & { validFrom: string | null; validTo: string | null }>(
    spec: EditSpec<R>,
    id: string,
    version: number,
    validTo: string,
    reason: string | null,
  ): Promise<{ id: string; version: number }> {
    const user = requireRole(this.ctx, 'EDITOR', `Archiving a ${spec.noun.toLowerCase()}`);
    return this.ctx.store.writeTransaction(async (tx) => {
      const current = await this.locked(spec, tx, id, version);
      if (current.validFrom !== null && current.validFrom >= validTo)
        throw new UserInputError(`validTo: must be after validFrom (${current.validFrom}) (got "${validTo}")`, 'validTo');
      const [done] = await tx.run<{ id: string; version: number }>('living/end-partnership', { id, validTo });
      await appendChanges(tx, user.email, [
        {
          action: 'ARCHIVE',
          entity: spec.kind,
          entityId: id,
          field: 'validTo',
          before: current.validTo,
          after: validTo,
          source: 'form',
          comment: reason,
        },
      ]);
      return done!;
    });
  }

  /** The record, locked for this transaction, if it is at `version`; else NOT_FOUND or CONFLICT with the current record. */
  private async locked<R extends EditRecord>(
    spec: EditSpec<R>,
    tx: Tx,
    id: string,
    version: number | null,
  ): Promise<R & { version: number }> {
    const [row] = await tx.run<R & { version: number }>(spec.statements.current, { id });
    if (!row) throw new NotFoundError(spec.noun, id);
    const current = spec.normalize ? { ...spec.normalize(row), version: row.version } : row;
    if (version !== null && current.version !== version) throw new ConflictError(spec.noun, id, current.version, current);
    return current;
  }

  /**
   * Applies an accepted proposal to the record as it is now (locked), inside
   * the reviewer's transaction, with UPDATE change records naming the proposal.
   */
  async applyAccepted<R extends EditRecord>(
    spec: EditSpec<R>,
    tx: Tx,
    id: string,
    input: object,
    by: string,
    source: string,
  ): Promise<void> {
    const current = await this.locked(spec, tx, id, null);
    const { ds, record } = await this.validate(spec, tx, applyInput(spec, current, input));
    const diff = changedFields(spec, current, record);
    if (diff.length === 0) return;
    await spec.write(tx, ds);
    await appendChanges(
      tx,
      by,
      diff.map((c) => ({ action: 'UPDATE', entity: spec.kind, entityId: id, ...c, source })),
    );
  }

  /** Validates with the import's rules; returns the import rows to write and the record as it will be saved (names resolved to codes, lists deduplicated). */
  private async validate<R extends EditRecord>(spec: EditSpec<R>, tx: Tx, record: R): Promise<{ ds: Dataset; record: R }> {
    const known = await knownRefs(tx, spec.refs(record));
    const ds = validateEdit(spec.rows(record), known, today());
    return { ds, record: spec.fromDataset(ds) };
  }
}

async function knownRefs(tx: Tx, refs: Refs): Promise<KnownIds> {
  const [row] = await tx.run<Refs>('living/known-refs', refs as unknown as Record<string, unknown>);
  return {
    networks: new Set(row?.networks),
    parties: new Set(row?.parties),
    partnerships: new Set(row?.partnerships),
    tables: new Set(row?.tables),
  };
}
