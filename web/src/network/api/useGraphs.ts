import { useCallback } from 'react';
import { toPartnershipFilter, type Filters } from '../../filters/filters';
import { exploreModel } from '../data/exploreModel';
import type { GraphModel } from '../data/graphModel';
import { networksModel } from '../data/networksModel';
import { tablesModel } from '../data/tablesModel';
import type { Basis, Expansion } from '../state/viewState';
import { fetchNeighbourhoods } from './neighbourhoods';
import { fetchNetworkGraph } from './networkGraph';
import { fetchTablesGraph } from './tablesGraph';
import { useKeptQuery, type KeptQuery } from './useKeptQuery';

// Each hook turns its inputs into a stable text, so the query runs again only
// when what it asks for changes, not on every render.

/** Networks mode: the networks and their overlap, for a basis and the shared filters. */
export function useNetworksGraph(basis: Basis, filters: Filters): KeptQuery<GraphModel> {
  const filter = JSON.stringify(toPartnershipFilter(filters));
  const load = useCallback(
    async (signal: AbortSignal) => networksModel(await fetchNetworkGraph(basis, JSON.parse(filter), signal)),
    [basis, filter],
  );
  return useKeptQuery(load);
}

/** Explore mode: the loaded neighbourhoods of the expanded nodes. */
export function useExploreGraph(expanded: readonly Expansion[], filters: Filters): KeptQuery<GraphModel> {
  const filter = JSON.stringify(toPartnershipFilter(filters));
  const request = JSON.stringify(expanded);
  const load = useCallback(
    async (signal: AbortSignal) => exploreModel(await fetchNeighbourhoods(JSON.parse(request), JSON.parse(filter), signal)),
    [request, filter],
  );
  return useKeptQuery(load);
}

/** Tables mode: tables, seated parties, duplicate pairs at a threshold, and the highest loads. */
export function useTablesGraph(filters: Filters, minJaccard: number): KeptQuery<GraphModel> {
  const filter = JSON.stringify(toPartnershipFilter(filters));
  const load = useCallback(
    async (signal: AbortSignal) => tablesModel(await fetchTablesGraph(JSON.parse(filter), minJaccard, signal)),
    [filter, minJaccard],
  );
  return useKeptQuery(load);
}
