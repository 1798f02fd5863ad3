import { fetchNetworks, type Network } from './networks';
import { useQuery, type QueryResult } from './useQuery';

/** The national networks, fetched once per mount. */
export function useNetworks(): QueryResult<Network[]> {
  return useQuery(fetchNetworks);
}
