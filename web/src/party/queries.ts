import type { PartyDuplicatesQuery, PartyPageQuery } from '../data/gql/graphql';
import { useGql } from '../data/useGql';
import { PartyDuplicatesDocument, PartyPageDocument } from './api';

const selectParty = (result: PartyPageQuery) => result.party;
const selectPairs = (result: PartyDuplicatesQuery) => result.party?.duplicateTables ?? [];

export function useParty(id: string) {
  return useGql(PartyPageDocument, { id }, { select: selectParty });
}

/** Threshold changes keep the previous pairs on screen while the next load. */
export function usePartyDuplicates(id: string, minJaccard: number) {
  return useGql(PartyDuplicatesDocument, { id, minJaccard }, { select: selectPairs, keep: true });
}
