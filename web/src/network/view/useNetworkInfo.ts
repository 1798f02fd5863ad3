import { useMemo } from 'react';
import { useFilterOptions } from '../../filters/useFilterOptions';
import { networkPalette, type NetworkPalette } from '../data/palette';

export interface NetworkInfo {
  /** Network key to name, e.g. "jzojp" → "JZOJP-samenwerkingsverbanden". */
  names: ReadonlyMap<string, string>;
  palette: NetworkPalette;
}

/** Names and colours of all networks (the same colours as on the map). */
export function useNetworkInfo(): NetworkInfo {
  const options = useFilterOptions();
  const networks = options.status === 'success' ? options.data.networks : null;
  return useMemo(() => {
    const list = networks ?? [];
    return { names: new Map(list.map((n) => [n.key, n.name])), palette: networkPalette(list.map((n) => n.key)) };
  }, [networks]);
}
