import type { To } from 'react-router';
import { PLACES } from '../../app/places';
import { parseNodeKey } from './nodeKey';

const MAP_PATH = PLACES.find((p) => p.id === 'map')!.path;

/** The network view's own params; everything else (filters, language) goes along to the map. */
const OWN_PARAMS = ['mode', 'basis', 'focus', 'exp', 'sel', 'isolate', 'minj', 'find'];

/**
 * A link to the map for a node the map can show: a partnership as the map's
 * selection (`sel=<id>`), a municipality as the municipality filter (`gm=`).
 * Null for other kinds.
 */
export function mapLinkFor(key: string, current: URLSearchParams): To | null {
  const ref = parseNodeKey(key);
  if (!ref || (ref.kind !== 'partnership' && ref.kind !== 'municipality')) return null;
  const params = new URLSearchParams(current);
  for (const name of OWN_PARAMS) params.delete(name);
  if (ref.kind === 'partnership') params.set('sel', ref.id);
  else params.set('gm', ref.id);
  return { pathname: MAP_PATH, search: `?${params.toString()}` };
}
