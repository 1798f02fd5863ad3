import type { To } from 'react-router';
import { filtersFrom } from '../../filters/filters';
import { mapLink } from '../../ui/links';
import { parseNodeKey } from './nodeKey';

/**
 * A link to the map for a node the map can show: a partnership as the map's
 * selection (`sel=<id>`), a municipality as the municipality filter (`gm=`).
 * Null for other kinds. The language and shared filters go along (the kit's link builder).
 */
export function mapLinkFor(key: string, current: URLSearchParams): To | null {
  const ref = parseNodeKey(key);
  if (!ref || (ref.kind !== 'partnership' && ref.kind !== 'municipality')) return null;
  if (ref.kind === 'partnership') return mapLink(current, { view: { selected: ref.id } });
  return mapLink(current, { filters: { ...filtersFrom(current), municipalities: [ref.id] } });
}
