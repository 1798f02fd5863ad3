import type { GraphQLResolveInfo } from 'graphql';
import { GraphQLDateTime } from 'graphql-scalars';
import { Arg, Ctx, ID, Info, Int, Mutation, Query, Resolver } from 'type-graphql';
import type { Context } from '../common/context.js';
import { DateScalar } from '../common/dates.js';
import { NotFoundError } from '../common/errors.js';
import { Party } from '../parties/party.type.js';
import { includeFor, primeRelations } from '../partnerships/partnership.relations.js';
import { PartnershipService } from '../partnerships/partnership.service.js';
import { Partnership } from '../partnerships/partnership.type.js';
import { Table } from '../tables/table.type.js';
import {
  PartnershipCreateInput,
  PartnershipUpdateInput,
  PartyCreateInput,
  PartyUpdateInput,
  TableCreateInput,
  TableUpdateInput,
} from './edit.inputs.js';
import { EditService } from './edit.service.js';
import { HistoryService } from './history.service.js';
import { ArchivedRecord, Change, Proposal, ProposalStatus } from './living.types.js';
import { partnershipSpec } from './partnership.edit.js';
import { partySpec } from './party.edit.js';
import { ProposalService } from './proposal.service.js';
import { tableSpec } from './table.edit.js';

/** The record as the queries show it, after a write. */
async function partnershipAfter(ctx: Context, info: GraphQLResolveInfo, id: string): Promise<Partnership> {
  const found = await new PartnershipService(ctx.db).detail(id, includeFor(info, []));
  if (!found) throw new NotFoundError('Partnership', id);
  primeRelations(ctx, found.partnership.id, found.relations, found.partnership);
  return found.partnership;
}

async function partyAfter(ctx: Context, id: string): Promise<Party> {
  const [row] = await ctx.db.read<{ party: Party }>('explore/party', { id });
  if (!row) throw new NotFoundError('Party', id);
  return row.party;
}

async function tableAfter(ctx: Context, id: string): Promise<Table> {
  const [row] = await ctx.db.read<{ table: Table }>('explore/table', { id });
  if (!row) throw new NotFoundError('Table', id);
  return row.table;
}

const ARCHIVE_REASON = { nullable: true, description: 'Why it is archived (kept in the history).' };

@Resolver()
export class LivingResolver {
  @Query(() => [Change], { description: 'The history, newest first (first ≤ 1000, default 100).' })
  changes(
    @Ctx() ctx: Context,
    @Arg('entityId', () => ID, { nullable: true }) entityId?: string | null,
    @Arg('by', () => String, { nullable: true }) by?: string | null,
    @Arg('since', () => GraphQLDateTime, { nullable: true }) since?: Date | null,
    @Arg('first', () => Int, { nullable: true }) first?: number | null,
    @Arg('entity', () => String, { nullable: true, description: 'Partnership, Party, Table, Network or Initiative' })
    entity?: string | null,
    @Arg('action', () => String, { nullable: true }) action?: string | null,
    @Arg('network', () => String, { nullable: true, description: 'Only changes of partnerships in this network.' })
    network?: string | null,
    @Arg('province', () => String, { nullable: true, description: 'Only changes of partnerships active in this province.' })
    province?: string | null,
    @Arg('region', () => ID, {
      nullable: true,
      description: 'Only changes of partnerships active in a municipality of this region (a code of any type, as regions(type) gives).',
    })
    region?: string | null,
  ): Promise<Change[]> {
    return new HistoryService(ctx).changes({ entityId, by, since, first, entity, action, network, province, region });
  }

  @Query(() => [Proposal], { description: 'Proposals (editors: all; a CONTRIBUTOR: its own), newest first.' })
  proposals(
    @Ctx() ctx: Context,
    @Arg('status', () => ProposalStatus, { nullable: true, defaultValue: ProposalStatus.PENDING }) status: ProposalStatus | null,
    @Arg('first', () => Int, { nullable: true }) first?: number | null,
  ): Promise<Proposal[]> {
    return new ProposalService(ctx).list(status, first);
  }

  @Mutation(() => Proposal, { description: 'Accept (applied to the record as it is now) or reject a proposal. EDITOR.' })
  reviewProposal(
    @Ctx() ctx: Context,
    @Arg('id', () => ID) id: string,
    @Arg('accept', () => Boolean) accept: boolean,
    @Arg('comment', () => String, { nullable: true }) comment?: string | null,
  ): Promise<Proposal> {
    return new ProposalService(ctx).review(id, accept, comment ?? null);
  }

  @Mutation(() => Partnership, { description: 'EDITOR.' })
  async createPartnership(
    @Ctx() ctx: Context,
    @Info() info: GraphQLResolveInfo,
    @Arg('input', () => PartnershipCreateInput) input: PartnershipCreateInput,
  ) {
    return partnershipAfter(ctx, info, await new EditService(ctx).create(partnershipSpec, input));
  }

  @Mutation(() => Partnership, {
    description: "EDITOR; a linked CONTRIBUTOR's update becomes a proposal (the record is returned unchanged).",
  })
  async updatePartnership(
    @Ctx() ctx: Context,
    @Info() info: GraphQLResolveInfo,
    @Arg('id', () => ID) id: string,
    @Arg('version', () => Int) version: number,
    @Arg('input', () => PartnershipUpdateInput) input: PartnershipUpdateInput,
  ) {
    await new EditService(ctx).update(partnershipSpec, id, version, input);
    return partnershipAfter(ctx, info, id);
  }

  @Mutation(() => ArchivedRecord, {
    description:
      'EDITOR. It leaves every view and analytic; its history stays. With validTo (gestopt op) it stopped on that date instead: its validTo is set, views of that date and later leave it out, earlier ones keep it.',
  })
  archivePartnership(
    @Ctx() ctx: Context,
    @Arg('id', () => ID) id: string,
    @Arg('version', () => Int) version: number,
    @Arg('reason', () => String, ARCHIVE_REASON) reason?: string | null,
    @Arg('validTo', () => DateScalar, { nullable: true, description: 'The first day it no longer was active.' }) validTo?: string | null,
  ) {
    const edits = new EditService(ctx);
    if (validTo) return edits.end(partnershipSpec, id, version, validTo, reason ?? null);
    return edits.archive(partnershipSpec, id, version, reason ?? null);
  }

  @Mutation(() => Party, { description: 'EDITOR.' })
  async createParty(@Ctx() ctx: Context, @Arg('input', () => PartyCreateInput) input: PartyCreateInput) {
    return partyAfter(ctx, await new EditService(ctx).create(partySpec, input));
  }

  @Mutation(() => Party, { description: 'EDITOR.' })
  async updateParty(
    @Ctx() ctx: Context,
    @Arg('id', () => ID) id: string,
    @Arg('version', () => Int) version: number,
    @Arg('input', () => PartyUpdateInput) input: PartyUpdateInput,
  ) {
    await new EditService(ctx).update(partySpec, id, version, input);
    return partyAfter(ctx, id);
  }

  @Mutation(() => ArchivedRecord, { description: 'EDITOR. It leaves every view and analytic; its history stays.' })
  archiveParty(
    @Ctx() ctx: Context,
    @Arg('id', () => ID) id: string,
    @Arg('version', () => Int) version: number,
    @Arg('reason', () => String, ARCHIVE_REASON) reason?: string | null,
  ) {
    return new EditService(ctx).archive(partySpec, id, version, reason ?? null);
  }

  @Mutation(() => Table, { description: 'EDITOR.' })
  async createTable(@Ctx() ctx: Context, @Arg('input', () => TableCreateInput) input: TableCreateInput) {
    return tableAfter(ctx, await new EditService(ctx).create(tableSpec, input));
  }

  @Mutation(() => Table, { description: 'EDITOR.' })
  async updateTable(
    @Ctx() ctx: Context,
    @Arg('id', () => ID) id: string,
    @Arg('version', () => Int) version: number,
    @Arg('input', () => TableUpdateInput) input: TableUpdateInput,
  ) {
    await new EditService(ctx).update(tableSpec, id, version, input);
    return tableAfter(ctx, id);
  }

  @Mutation(() => ArchivedRecord, { description: 'EDITOR. It leaves every view and analytic; its history stays.' })
  archiveTable(
    @Ctx() ctx: Context,
    @Arg('id', () => ID) id: string,
    @Arg('version', () => Int) version: number,
    @Arg('reason', () => String, ARCHIVE_REASON) reason?: string | null,
  ) {
    return new EditService(ctx).archive(tableSpec, id, version, reason ?? null);
  }
}
