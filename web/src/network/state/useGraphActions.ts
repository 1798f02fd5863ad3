import { useMemo } from 'react';
import type { SetView } from './useNetworkView';
import { MAX_EXPANDED, MAX_PAGES, type Expansion, type Mode } from './viewState';

/** What a user can do with the graph; every action is a change of the URL. */
export interface GraphActions {
  /** A click or Enter: selects the node; when exploring, also shows its neighbours. */
  activate: (key: string) => void;
  /** Shift-click or Space: adds the node to the selection or takes it out. */
  toggle: (key: string) => void;
  clear: () => void;
  /** Explore mode only: shows the node's neighbours, or the next page of them. */
  expand?: (key: string) => void;
  more?: (key: string) => void;
  /** Starts exploring from this node (from any mode). */
  exploreFrom: (key: string) => void;
}

const withExpansion = (expanded: Expansion[], key: string) =>
  expanded.some((e) => e.key === key) ? expanded : [...expanded, { key, pages: 1 }].slice(-MAX_EXPANDED);

const withNextPage = (expanded: Expansion[], key: string) =>
  expanded.some((e) => e.key === key)
    ? expanded.map((e) => (e.key === key ? { key, pages: Math.min(MAX_PAGES, e.pages + 1) } : e))
    : withExpansion(expanded, key);

/** The actions for a mode. Each reads the view it changes at the moment it runs, never a stale copy. */
export function useGraphActions(mode: Mode, setView: SetView): GraphActions {
  return useMemo(() => {
    const exploring = mode === 'explore';
    return {
      activate: (key) => setView((v) => (exploring ? { selected: [key], expanded: withExpansion(v.expanded, key) } : { selected: [key] })),
      toggle: (key) =>
        setView((v) => ({ selected: v.selected.includes(key) ? v.selected.filter((k) => k !== key) : [...v.selected, key] })),
      clear: () => setView({ selected: [] }),
      expand: exploring ? (key) => setView((v) => ({ expanded: withExpansion(v.expanded, key) })) : undefined,
      more: exploring ? (key) => setView((v) => ({ expanded: withNextPage(v.expanded, key) })) : undefined,
      exploreFrom: (key) => setView({ mode: 'explore', focus: key, expanded: [{ key, pages: 1 }], selected: [key] }, { push: true }),
    };
  }, [mode, setView]);
}
