import { JACCARD } from '../../ui/jaccard/useMinJaccard';
import { isExplorable, normalKey, parseNodeKey } from './nodeKey';

/**
 * The network view's own state in the URL, next to the shared filters, so a
 * link reproduces what you see:
 * `?mode=explore&focus=party:vng&exp=party:vng*2,table:t1&sel=table:t1&isolate=1`.
 * Values at their default leave the URL.
 */
export const MODES = ['networks', 'explore', 'tables'] as const;
export type Mode = (typeof MODES)[number];

export const BASES = ['partnerships', 'parties', 'municipalities'] as const;
export type Basis = (typeof BASES)[number];

/** The duplicate-table threshold of the tables mode without one in the URL (as on Tafels). */
export const DEFAULT_MIN_JACCARD = JACCARD.fallback;

/** Neighbours shown per page when a node is expanded. */
export const PAGE_SIZE = 25;
export const MAX_PAGES = 20;
/** The API answers at most 200 nodes per request. */
export const MAX_EXPANDED = 200;
export const MAX_SELECTED = 500;

/** A node whose neighbours are shown, `pages` × PAGE_SIZE of them. */
export interface Expansion {
  key: string;
  pages: number;
}

export interface ViewState {
  mode: Mode;
  basis: Basis;
  /** Where exploring started (a search hit or a link from the map). */
  focus: string | null;
  expanded: Expansion[];
  selected: string[];
  /** Focus mode: only the selection and its neighbours are shown. */
  isolate: boolean;
  minJaccard: number;
  /** The text of the explore search. */
  find: string;
  /** Tables mode: every table and party instead of the tables in a duplicate pair. */
  allTables: boolean;
  /** Tables mode, duplicates: also the parties seated at both tables of a pair. */
  sharedParties: boolean;
  /** Tables mode: the text whose matches stand out. */
  mark: string;
  /** Explore: the parties that bridge the most networks stand out. */
  bridges: boolean;
  /** Explore: nodes coloured by their (computed) community. */
  communities: boolean;
  /** A big chart: draw every node instead of one node per community. */
  allNodes: boolean;
  /** A big chart: the communities drawn as their nodes (`cluster:<n>`). */
  open: string[];
}

const P = {
  mode: 'mode',
  basis: 'basis',
  focus: 'focus',
  expanded: 'exp',
  selected: 'sel',
  isolate: 'isolate',
  minJaccard: 'minj',
  find: 'find',
  allTables: 'alle',
  sharedParties: 'partijen',
  mark: 'markeer',
  bridges: 'bruggen',
  communities: 'gemeenschappen',
  allNodes: 'alleknopen',
  open: 'open',
} as const;

/** At most this many opened communities in the URL. */
export const MAX_OPEN = 200;

const oneOf = <T extends string>(choices: readonly T[], value: string | null, fallback: T): T =>
  (choices as readonly string[]).includes(value ?? '') ? (value as T) : fallback;

const list = (text: string | null) => (text ?? '').split(',').filter((v) => v.trim() !== '');
const unique = <T>(items: T[], key: (item: T) => string) => [...new Map(items.map((i) => [key(i), i])).values()];

function expansionFrom(text: string): Expansion | null {
  const match = /^(.*?)(?:\*(\d+))?$/.exec(text.trim());
  const ref = match ? parseNodeKey(match[1]!) : null;
  if (!ref || !isExplorable(ref)) return null;
  const pages = Math.min(MAX_PAGES, Math.max(1, Number(match![2] ?? 1)));
  return { key: `${ref.kind}:${ref.id}`, pages };
}

export function viewFrom(params: URLSearchParams): ViewState {
  const focusRef = parseNodeKey(params.get(P.focus) ?? '');
  const focus = focusRef && isExplorable(focusRef) ? `${focusRef.kind}:${focusRef.id}` : null;
  const mode = oneOf(MODES, params.get(P.mode), focus ? 'explore' : 'networks');
  const expanded = params.has(P.expanded)
    ? unique(
        list(params.get(P.expanded))
          .map(expansionFrom)
          .filter((e): e is Expansion => e !== null),
        (e) => e.key,
      )
    : focus
      ? [{ key: focus, pages: 1 }]
      : [];
  const minJaccard = Number(params.get(P.minJaccard));
  return {
    mode,
    basis: oneOf(BASES, params.get(P.basis), 'partnerships'),
    focus,
    expanded: expanded.slice(0, MAX_EXPANDED),
    selected: unique(
      list(params.get(P.selected))
        .map(normalKey)
        .filter((k): k is string => k !== null),
      (k) => k,
    ).slice(0, MAX_SELECTED),
    isolate: params.get(P.isolate) === '1',
    minJaccard: minJaccard > 0 && minJaccard <= 1 ? minJaccard : DEFAULT_MIN_JACCARD,
    find: params.get(P.find)?.trim() ?? '',
    allTables: params.get(P.allTables) === '1',
    sharedParties: params.get(P.sharedParties) === '1',
    mark: params.get(P.mark)?.trim() ?? '',
    bridges: params.get(P.bridges) === '1',
    communities: params.get(P.communities) === '1',
    allNodes: params.get(P.allNodes) === '1',
    open: unique(
      list(params.get(P.open)).filter((k) => /^cluster:\d+$/.test(k)),
      (k) => k,
    ).slice(0, MAX_OPEN),
  };
}

/** Writes a view into a copy of the params (other params, e.g. filters and language, stay). */
export function withView(params: URLSearchParams, view: ViewState): URLSearchParams {
  const next = new URLSearchParams(params);
  const set = (name: string, value: string | null) => (value === null || value === '' ? next.delete(name) : next.set(name, value));
  const defaultMode = view.focus ? 'explore' : 'networks';
  set(P.mode, view.mode === defaultMode ? null : view.mode);
  set(P.basis, view.basis === 'partnerships' ? null : view.basis);
  set(P.focus, view.focus);
  const onlyFocus =
    view.focus !== null && view.expanded.length === 1 && view.expanded[0]!.key === view.focus && view.expanded[0]!.pages === 1;
  const expanded = view.expanded.map((e) => (e.pages > 1 ? `${e.key}*${e.pages}` : e.key)).join(',');
  if (onlyFocus) next.delete(P.expanded);
  else if (view.focus !== null || expanded !== '') next.set(P.expanded, expanded);
  else next.delete(P.expanded);
  set(P.selected, view.selected.join(','));
  set(P.isolate, view.isolate ? '1' : null);
  set(P.minJaccard, view.minJaccard === DEFAULT_MIN_JACCARD ? null : String(view.minJaccard));
  set(P.find, view.find);
  set(P.allTables, view.allTables ? '1' : null);
  set(P.sharedParties, view.sharedParties ? '1' : null);
  set(P.mark, view.mark);
  set(P.bridges, view.bridges ? '1' : null);
  set(P.communities, view.communities ? '1' : null);
  set(P.allNodes, view.allNodes ? '1' : null);
  set(P.open, view.open.join(','));
  return next;
}
