import { graphql } from '../data/gql';

export const MeQuery = graphql(`
  query Me {
    me {
      email
      role
      partnerships {
        id
        name
      }
    }
    signInOptions {
      oidc
      publicRead
    }
  }
`);

export const PartnershipRecordQuery = graphql(`
  query PartnershipRecord($id: ID!) {
    partnership(id: $id) {
      id
      version
      name
      description
      startYear
      phase
      approach
      financing
      website
      source
      validFrom
      validTo
      location {
        lat
        lon
      }
      locationIsCentroid
      themes
      networks(recorded: true) {
        key
      }
      networkDates {
        network
        validFrom
        validTo
      }
      municipalities {
        code
      }
      members(recorded: true) {
        role
        validFrom
        validTo
        party {
          id
        }
      }
    }
  }
`);

export const PartyRecordQuery = graphql(`
  query PartyRecord($id: ID!) {
    party(id: $id) {
      id
      version
      name
      domain
      municipality
    }
  }
`);

export const TableRecordQuery = graphql(`
  query TableRecord($id: ID!) {
    table(id: $id) {
      id
      version
      name
      level
      theme
      municipalities {
        code
      }
      convenedBy {
        id
      }
      parties(recorded: true) {
        id
      }
      seatDates {
        partyId
        validFrom
        validTo
      }
    }
  }
`);

export const UpdatePartnershipMutation = graphql(`
  mutation UpdatePartnership($id: ID!, $version: Int!, $input: PartnershipUpdateInput!) {
    updatePartnership(id: $id, version: $version, input: $input) {
      id
      version
    }
  }
`);

export const ArchivePartnershipMutation = graphql(`
  mutation ArchivePartnership($id: ID!, $version: Int!, $reason: String, $validTo: Date) {
    archivePartnership(id: $id, version: $version, reason: $reason, validTo: $validTo) {
      id
      version
    }
  }
`);

export const UpdatePartyMutation = graphql(`
  mutation UpdateParty($id: ID!, $version: Int!, $input: PartyUpdateInput!) {
    updateParty(id: $id, version: $version, input: $input) {
      id
      version
    }
  }
`);

export const UpdateTableMutation = graphql(`
  mutation UpdateTable($id: ID!, $version: Int!, $input: TableUpdateInput!) {
    updateTable(id: $id, version: $version, input: $input) {
      id
      version
    }
  }
`);

export const ChangesQuery = graphql(`
  query Changes($entityId: ID, $by: String, $since: DateTime, $network: String, $region: ID, $first: Int) {
    changes(entityId: $entityId, by: $by, since: $since, network: $network, region: $region, first: $first) {
      id
      at
      by
      action
      entity
      entityId
      field
      before
      after
      source
      comment
    }
  }
`);

export const ProposalsQuery = graphql(`
  query Proposals {
    proposals(status: PENDING) {
      id
      entity
      entityId
      by
      at
      baseVersion
      changes {
        field
        before
        after
      }
    }
  }
`);

export const ReviewProposalMutation = graphql(`
  mutation ReviewProposal($id: ID!, $accept: Boolean!, $comment: String) {
    reviewProposal(id: $id, accept: $accept, comment: $comment) {
      id
      status
    }
  }
`);
