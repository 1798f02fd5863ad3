/**
 * The search params as the address bar has them right now. React Router
 * writes the URL at once but renders the change as a transition, so the
 * params a hook returned may be one change behind: two quick changes (a
 * filter, then a row count) must each build on the URL itself, or the second
 * undoes the first.
 */
export function latestSearch(): URLSearchParams {
  return new URLSearchParams(window.location.search);
}
