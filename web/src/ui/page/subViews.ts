import { FILTER_PARAMS } from '../url/filterParams';
import { LANGUAGE_PARAM } from '../../i18n/language';

/** The URL parameter that selects a sub-view of a place (`/overlap?view=drukte`). */
export const VIEW_PARAM = 'view';

/** The first id is the default and leaves the URL without `view`. */
export function subViewFrom<Id extends string>(params: URLSearchParams, ids: readonly [Id, ...Id[]]): Id {
  const value = params.get(VIEW_PARAM);
  return ids.find((id) => id === value) ?? ids[0];
}

/**
 * The search string that opens a sub-view. It keeps the language and the
 * shared filters, and drops the other view's own state (sorting, sliders).
 */
export function subViewSearch(params: URLSearchParams, id: string, isDefault: boolean): string {
  const next = new URLSearchParams();
  for (const name of [LANGUAGE_PARAM, ...FILTER_PARAMS]) {
    const value = params.get(name);
    if (value !== null) next.set(name, value);
  }
  if (!isDefault) next.set(VIEW_PARAM, id);
  const search = next.toString();
  return search ? `?${search}` : '';
}
