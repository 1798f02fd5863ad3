import { Field, ID, Int, ObjectType, registerEnumType } from 'type-graphql';
import { GraphQLDateTime } from 'graphql-scalars';

export enum ProposalStatus {
  PENDING = 'PENDING',
  ACCEPTED = 'ACCEPTED',
  REJECTED = 'REJECTED',
}
registerEnumType(ProposalStatus, { name: 'ProposalStatus' });

@ObjectType({ description: 'One append-only history record: one field of one record changed (or a whole record, for ARCHIVE and IMPORT).' })
export class Change {
  @Field(() => ID) id!: string;
  @Field(() => GraphQLDateTime) at!: string;
  @Field(() => String, { nullable: true, description: 'Who made the change (shown to signed-in users only).' }) by!: string | null;
  @Field(() => String, { description: 'CREATE, UPDATE, ARCHIVE, IMPORT or REVIEW' }) action!: string;
  @Field(() => String, { description: 'Partnership, Party, Table, Network or Initiative' }) entity!: string;
  @Field(() => ID) entityId!: string;
  @Field(() => String, { nullable: true, description: 'The field changed; null when the change is about the whole record.' })
  field!: string | null;
  @Field(() => String, { nullable: true, description: 'The value before, as JSON text; null when there was none.' }) before!: string | null;
  @Field(() => String, { nullable: true, description: 'The value after, as JSON text; null when there is none.' }) after!: string | null;
  @Field(() => String, { nullable: true, description: 'Where the change came from: form, an import (file and user), a proposal.' })
  source!: string | null;
  @Field(() => String, { nullable: true, description: 'Reason (archive) or review comment.' }) comment!: string | null;
}

@ObjectType({ description: 'One field of a proposal: the value when it was proposed and the value proposed, as JSON text.' })
export class FieldChange {
  @Field(() => String) field!: string;
  @Field(() => String, { nullable: true }) before!: string | null;
  @Field(() => String, { nullable: true }) after!: string | null;
}

@ObjectType({ description: "A CONTRIBUTOR's change, waiting for an editor's review." })
export class Proposal {
  @Field(() => ID) id!: string;
  @Field(() => String) entity!: string;
  @Field(() => ID) entityId!: string;
  @Field(() => String) by!: string;
  @Field(() => GraphQLDateTime) at!: string;
  @Field(() => ProposalStatus) status!: ProposalStatus;
  @Field(() => Int, { description: 'The version the proposal was made on.' }) baseVersion!: number;
  @Field(() => [FieldChange]) changes!: FieldChange[];
  @Field(() => String, { nullable: true }) reviewedBy!: string | null;
  @Field(() => GraphQLDateTime, { nullable: true }) reviewedAt!: string | null;
  @Field(() => String, { nullable: true }) comment!: string | null;
}

@ObjectType({ description: 'A record that was archived.' })
export class ArchivedRecord {
  @Field(() => ID) id!: string;
  @Field(() => Int) version!: number;
}
