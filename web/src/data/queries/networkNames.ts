import { useMemo } from 'react';
import { graphql } from '../gql';
import { useGql } from '../useGql';

export const NetworkNamesDocument = graphql(`
  query NetworkNames {
    networks {
      key
      name
    }
  }
`);

/**
 * The name the data gives each network, by key (cached once for every page):
 * the fallback for networks the report's table does not list, e.g. in
 * imported data.
 */
export function useNetworkNames(): ReadonlyMap<string, string> | undefined {
  const result = useGql(NetworkNamesDocument, {});
  const networks = result.status === 'success' ? result.data.networks : undefined;
  return useMemo(() => networks && new Map(networks.map((n) => [n.key, n.name])), [networks]);
}
