/**
 * The four places of the app. Their paths are part of every shared link.
 * `workspace` places (the map, the graph) fill the viewport edge to edge; the
 * others read as a document in a centred column.
 */
export const PLACES = [
  { id: 'map', path: '/kaart', workspace: true },
  { id: 'network', path: '/netwerk', workspace: true },
  { id: 'overlap', path: '/overlap', workspace: false },
  { id: 'tables', path: '/tafels', workspace: false },
] as const;

export type PlaceId = (typeof PLACES)[number]['id'];

export const HOME_PATH = PLACES[0].path;

/** A party's page, `/partij/<id>`: a document page like Overlap and Tafels. */
export const PARTY_PATH = '/partij/:id';

/** Whether the page at `pathname` is a workspace (map, graph). */
export function isWorkspace(pathname: string): boolean {
  return PLACES.some((place) => place.workspace && place.path === pathname);
}

/** Two partnerships side by side, `/vergelijk?a=<id>&b=<id>`. */
export const COMPARE_PATH = '/vergelijk';
