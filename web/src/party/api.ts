import { graphql } from '../data/gql';
import type { PartyPageQuery } from '../data/gql/graphql';

/** One party with everything its page shows, as it was on asOf, in one request. */
export const PartyPageDocument = graphql(`
  query PartyPage($id: ID!, $asOf: Date) {
    party(id: $id, asOf: $asOf) {
      id
      name
      domain
      domainLoad {
        domain
        partnerships
        tables
        load
        parties
        rank
        median
        highest
      }
      tables {
        id
        name
        level
        theme
        provinces
      }
      partnerships {
        id
        name
        networks {
          key
        }
        municipalities {
          code
          province
        }
      }
    }
  }
`);

/** The pairs of duplicate tables at both of which the party sits on asOf. */
export const PartyDuplicatesDocument = graphql(`
  query PartyDuplicates($id: ID!, $minJaccard: Float!, $asOf: Date) {
    party(id: $id, asOf: $asOf) {
      id
      duplicateTables(minJaccard: $minJaccard) {
        a
        b
        shared
        jaccard
        sharedMunicipalities
      }
    }
  }
`);

export type PartyDetail = NonNullable<PartyPageQuery['party']>;
export type PartyTable = PartyDetail['tables'][number];
export type PartyPartnership = PartyDetail['partnerships'][number];
