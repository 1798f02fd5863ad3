import { useCallback } from 'react';
import type { PartnershipRecordQuery as P, PartyRecordQuery as Pa, TableRecordQuery as T } from '../data/gql/graphql';
import type { QueryResult } from '../data/result';
import { useGql } from '../data/useGql';
import { PartnershipRecordQuery, PartyRecordQuery, TableRecordQuery } from './api';
import type { RecordKind } from './fields';
import { partnershipRecord, partyRecord, tableRecord, type LoadedRecord } from './records';

/** One record as its form knows it (null when it does not exist or was archived). */
export function useRecord(kind: RecordKind, id: string): QueryResult<LoadedRecord | null> {
  const p = useGql(
    PartnershipRecordQuery,
    { id },
    { enabled: kind === 'partnership', select: useCallback((r: P) => (r.partnership ? partnershipRecord(r.partnership) : null), []) },
  );
  const pa = useGql(
    PartyRecordQuery,
    { id },
    { enabled: kind === 'party', select: useCallback((r: Pa) => (r.party ? partyRecord(r.party) : null), []) },
  );
  const tb = useGql(
    TableRecordQuery,
    { id },
    { enabled: kind === 'table', select: useCallback((r: T) => (r.table ? tableRecord(r.table) : null), []) },
  );
  return kind === 'partnership' ? p : kind === 'party' ? pa : tb;
}
