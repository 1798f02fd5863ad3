/** The four places of the app. Their paths are part of every shared link. */
export const PLACES = [
  { id: 'map', path: '/kaart' },
  { id: 'network', path: '/netwerk' },
  { id: 'overlap', path: '/overlap' },
  { id: 'tables', path: '/tafels' },
] as const;

export type PlaceId = (typeof PLACES)[number]['id'];

export const HOME_PATH = PLACES[0].path;
