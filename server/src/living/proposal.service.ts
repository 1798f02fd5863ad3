import { appendChanges } from '@dsv/seed';
import { requireRole } from '../auth/guard.js';
import type { Context } from '../common/context.js';
import { ForbiddenError, NotFoundError, UserInputError } from '../common/errors.js';
import { listSize } from '../common/limits.js';
import type { EditRecord, EditSpec } from './edit.spec.js';
import { EditService } from './edit.service.js';
import { ProposalStatus, type Proposal } from './living.types.js';
import { partnershipSpec } from './partnership.edit.js';
import { partySpec } from './party.edit.js';
import { tableSpec } from './table.edit.js';

interface StoredProposal {
  id: string;
  entity: string;
  entityId: string;
  baseVersion: number;
  diff: string;
  input: string;
  by: string;
  at: string;
  status: ProposalStatus;
  reviewedBy: string | null;
  reviewedAt: string | null;
  comment: string | null;
}

const SPECS: Record<string, EditSpec<EditRecord>> = {
  Partnership: partnershipSpec as unknown as EditSpec<EditRecord>,
  Party: partySpec as unknown as EditSpec<EditRecord>,
  Table: tableSpec as unknown as EditSpec<EditRecord>,
};

const json = (v: unknown) => (v === null || v === undefined ? null : JSON.stringify(v));

function toProposal(p: StoredProposal): Proposal {
  const diff = JSON.parse(p.diff) as { field: string; before: unknown; after: unknown }[];
  return { ...p, changes: diff.map((d) => ({ field: d.field, before: json(d.before), after: json(d.after) })) };
}

/** Proposals of CONTRIBUTORs: listed for editors (and each contributor's own), reviewed by editors. */
export class ProposalService {
  constructor(private readonly ctx: Context) {}

  async list(status: ProposalStatus | null, first: number | null | undefined): Promise<Proposal[]> {
    const user = requireRole(this.ctx, 'CONTRIBUTOR', 'Reading proposals');
    const rows = await this.ctx.db.read<{ proposal: StoredProposal }>('living/proposals', {
      status,
      by: user.role === 'CONTRIBUTOR' ? user.email : null,
      first: listSize('first', first, 100, 1000),
    });
    return rows.map((r) => toProposal(r.proposal));
  }

  /**
   * Accepts (applies the proposed fields to the record as it is now) or
   * rejects a pending proposal; either way a REVIEW change records it, with
   * the comment, in the same transaction.
   */
  async review(id: string, accept: boolean, comment: string | null): Promise<Proposal> {
    const user = requireRole(this.ctx, 'EDITOR', 'Reviewing proposals');
    const edits = new EditService(this.ctx);
    return this.ctx.store.writeTransaction(async (tx) => {
      const [row] = await tx.run<{ proposal: StoredProposal }>('living/proposal-lock', { id });
      if (!row) throw new NotFoundError('Proposal', id);
      const p = row.proposal;
      if (p.status !== ProposalStatus.PENDING) throw new UserInputError(`id: proposal "${id}" was reviewed already (${p.status})`, 'id');
      const spec = SPECS[p.entity];
      if (!spec) throw new ForbiddenError(`Proposals for ${p.entity} cannot be reviewed here.`);
      const source = `proposal ${id} by ${p.by}`;
      if (accept) await edits.applyAccepted(spec, tx, p.entityId, JSON.parse(p.input) as object, user.email, source);
      const status = accept ? ProposalStatus.ACCEPTED : ProposalStatus.REJECTED;
      const [done] = await tx.run<{ proposal: StoredProposal }>('living/proposal-review', {
        id,
        status,
        by: user.email,
        comment,
        at: new Date().toISOString(),
      });
      await appendChanges(tx, user.email, [
        { action: 'REVIEW', entity: spec.kind, entityId: p.entityId, field: null, before: p.status, after: status, source, comment },
      ]);
      return toProposal(done!.proposal);
    });
  }
}
