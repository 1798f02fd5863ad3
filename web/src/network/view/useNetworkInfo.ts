import { useMemo } from 'react';
import { useFilterOptions } from '../../filters/useFilterOptions';
import { useLabels } from '../../ui/labels';
import { networkPalette, type NetworkPalette } from '../data/palette';

export interface NetworkInfo {
  /** Network key to name, e.g. "jzojp" → "JZOJP-samenwerkingsverbanden". */
  names: ReadonlyMap<string, string>;
  palette: NetworkPalette;
}

/** Names (the kit's labels, in the UI language) and colours of all networks (the same colours as on the map). */
export function useNetworkInfo(): NetworkInfo {
  const options = useFilterOptions();
  const networks = options.status === 'success' ? options.data.networks : null;
  const labels = useLabels();
  return useMemo(() => {
    const list = networks ?? [];
    return { names: new Map(list.map((n) => [n.key, labels.network(n.key, n.name)])), palette: networkPalette(list.map((n) => n.key)) };
  }, [networks, labels]);
}
