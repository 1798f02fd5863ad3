import { graphql } from '../data/gql';
import type { PartnershipPairQuery } from '../data/gql/graphql';

/** Two partnerships in full, to set side by side; null for an id that does not exist. */
export const PartnershipPairDocument = graphql(`
  query PartnershipPair($a: ID!, $b: ID!) {
    a: partnership(id: $a) {
      ...PartnershipSide
    }
    b: partnership(id: $b) {
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
