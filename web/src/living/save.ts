import { mutate } from '../data/mutate';
import { RequestError } from '../data/request';
import { UpdatePartnershipMutation, UpdatePartyMutation, UpdateTableMutation } from './api';
import { changedInput, formFieldOf, type FormValues, type RecordKind } from './fields';

/** What a save came to. */
export type SaveOutcome =
  | { kind: 'saved'; version: number }
  | { kind: 'unchanged' }
  | { kind: 'invalid'; errors: Record<string, string>; message: string }
  | { kind: 'conflict'; current: Record<string, unknown>; message: string }
  | { kind: 'failed'; message: string };

/**
 * Sends the changed fields of a form with the version it was read at. A
 * field-level BAD_USER_INPUT and a CONFLICT (with the record as it is now)
 * come back as outcomes the form shows; everything else as a failure.
 */
export async function save(kind: RecordKind, id: string, version: number, initial: FormValues, values: FormValues): Promise<SaveOutcome> {
  const input = changedInput(kind, initial, values);
  if (Object.keys(input).length === 0) return { kind: 'unchanged' };
  try {
    const variables = { id, version, input };
    const result =
      kind === 'partnership'
        ? (await mutate(UpdatePartnershipMutation, variables)).updatePartnership
        : kind === 'party'
          ? (await mutate(UpdatePartyMutation, variables)).updateParty
          : (await mutate(UpdateTableMutation, variables)).updateTable;
    return { kind: 'saved', version: result.version };
  } catch (error) {
    if (!(error instanceof RequestError)) throw error;
    if (error.code === 'CONFLICT')
      return { kind: 'conflict', current: (error.extensions?.current ?? {}) as Record<string, unknown>, message: error.message };
    if (error.code === 'BAD_USER_INPUT') {
      const problems = (error.extensions?.problems ?? [{ field: error.extensions?.field, message: error.message }]) as {
        field: string;
        message: string;
      }[];
      const errors: Record<string, string> = {};
      for (const p of problems) errors[formFieldOf(p.field ?? 'input')] ??= p.message;
      return { kind: 'invalid', errors, message: error.message };
    }
    return { kind: 'failed', message: error.message };
  }
}
