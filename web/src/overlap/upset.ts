import type { NetworkIntersection } from './api';

export interface SetSize {
  key: string;
  size: number;
}

/**
 * Each network's set size: the sum of the exclusive counts of every
 * combination it is part of (each element sits in exactly one combination).
 * Ordered by size desc, then key; networks without elements come last with 0.
 */
export function setSizes(intersections: readonly NetworkIntersection[], networkKeys: readonly string[]): SetSize[] {
  return networkKeys
    .map((key) => ({
      key,
      size: intersections.filter((c) => c.networks.includes(key)).reduce((sum, c) => sum + c.exclusive, 0),
    }))
    .sort((x, y) => y.size - x.size || x.key.localeCompare(y.key));
}

/** A combination's id, as in the URL and exports: keys joined with `;`. */
export const combinationKey = (c: NetworkIntersection) => c.networks.join(';');
