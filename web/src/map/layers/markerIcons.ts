import L from 'leaflet';
import { networkCounts, type ClusterProps } from '../data/clusterIndex';
import { pieBackground, type NetworkPalette } from '../data/networkColors';

/** Badge sizes grow with the count, in steps, so the biggest stay readable but small. */
function badgeSize(count: number): number {
  if (count < 10) return 30;
  if (count < 100) return 36;
  if (count < 1000) return 42;
  return 48;
}

/**
 * A cluster badge: a ring with one slice per network (weighted by its count),
 * and the number of partnerships on a white disc in the middle.
 */
export function clusterIcon(props: ClusterProps, count: number, label: string, palette: NetworkPalette): L.DivIcon {
  const size = badgeSize(count);
  const slices = networkCounts(props).map((n) => ({ key: n.key, weight: n.count }));
  const badge = document.createElement('span');
  badge.className = 'dsv-cluster';
  badge.style.background = pieBackground(palette, slices);
  const number = document.createElement('span');
  number.className = 'dsv-cluster__count';
  number.textContent = label;
  badge.append(number);
  return L.divIcon({ html: badge, className: 'dsv-marker', iconSize: [size, size] });
}

/**
 * One partnership: a disc in its network's colour; a partnership in several
 * networks is larger, split in slices, with a double outline.
 */
export function pointIcon(networks: readonly string[], palette: NetworkPalette): L.DivIcon {
  const multi = networks.length > 1;
  const size = multi ? 20 : 14;
  const dot = document.createElement('span');
  dot.className = multi ? 'dsv-point dsv-point--multi' : 'dsv-point';
  dot.style.background = pieBackground(
    palette,
    networks.map((key) => ({ key, weight: 1 })),
  );
  return L.divIcon({ html: dot, className: 'dsv-marker', iconSize: [size, size] });
}
