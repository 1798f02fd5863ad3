import { graphql } from '../data/gql';
import type { PartnershipPairQuery } from '../data/gql/graphql';

/** Two partnerships in full as they were on asOf, to set side by side; null for an id that does not exist. */
export const PartnershipPairDocument = graphql(`
  query PartnershipPair($a: ID!, $b: ID!, $asOf: Date) {
    a: partnership(id: $a, asOf: $asOf) {
      ...PartnershipSide
    }
    b: partnership(id: $b, asOf: $asOf) {
      ...PartnershipSide
    }
  }

  fragment PartnershipSide on Partnership {
    id
    name
    phase
    startYear
    networks {
      key
      name
    }
    themes
    members {
      role
      party {
        id
        name
        domain
      }
    }
    tables {
      id
      name
      theme
    }
    municipalities {
      code
      name
    }
  }
`);

export type PartnershipSide = NonNullable<PartnershipPairQuery['a']>;
