import { toPartnershipFilter, type Filters } from '../../filters/filters';
import { useAsOf } from '../../filters/useAsOf';
import type { DuplicatesGraphQuery, NeighbourhoodsQuery, NetworkGraphQuery } from '../../data/gql/graphql';
import { useGql } from '../../data/useGql';
import { useKept, type KeptQuery } from '../../data/useKept';
import { exploreModel } from '../data/exploreModel';
import type { GraphModel } from '../data/graphModel';
import { networksModel } from '../data/networksModel';
import { duplicatesModel, tablesModel, UNKNOWN_REGION } from '../data/tablesModel';
import type { Basis, Expansion } from '../state/viewState';
import { NeighbourhoodsDocument, neighbourhoodPages } from './neighbourhoods';
import { NetworkGraphDocument } from './networkGraph';
import { DuplicatesGraphDocument, TOP_LOAD, TablesGraphDocument } from './tablesGraph';

// The graph model is built once per answer (select) and kept on screen while
// the next answer loads, so the graph does not blink on every filter change.
const selectNetworks = (result: NetworkGraphQuery) => networksModel(result.networkGraph);
const selectExplore = (result: NeighbourhoodsQuery) => exploreModel(result.neighbourhoods);
const NO_GRAPH: GraphModel = exploreModel([]);

/** Networks mode: the networks and their overlap, for a basis and the shared filters, on the as-of date. */
export function useNetworksGraph(basis: Basis, filters: Filters): KeptQuery<GraphModel> {
  const [{ asOf }] = useAsOf();
  const variables = { basis: basis.toUpperCase() as Uppercase<Basis>, filter: toPartnershipFilter(filters), asOf };
  return useKept(useGql(NetworkGraphDocument, variables, { select: selectNetworks, keep: true }));
}

/** Explore mode: the loaded neighbourhoods of the expanded nodes, on the as-of date. */
export function useExploreGraph(expanded: readonly Expansion[], filters: Filters): KeptQuery<GraphModel> {
  const [{ asOf }] = useAsOf();
  const nodes = neighbourhoodPages(expanded);
  const variables = { nodes, filter: toPartnershipFilter(filters), asOf };
  const kept = useKept(useGql(NeighbourhoodsDocument, variables, { select: selectExplore, keep: true, enabled: nodes.length > 0 }));
  return nodes.length > 0 ? kept : { ...kept, data: NO_GRAPH, loading: false, error: null };
}

/** Tables mode, the full graph: tables, seated parties, duplicate pairs at a threshold, and the highest loads, on the as-of date. */
export function useTablesGraph(filters: Filters, minJaccard: number, enabled: boolean): KeptQuery<GraphModel> {
  const [{ asOf }] = useAsOf();
  const variables = { filter: toPartnershipFilter(filters), minJaccard, top: TOP_LOAD, asOf };
  return useKept(useGql(TablesGraphDocument, variables, { select: tablesModel, keep: true, enabled }));
}

const selectDuplicates = (result: DuplicatesGraphQuery) => duplicatesModel(result, UNKNOWN_REGION);

/** Tables mode by default: the tables in a duplicate pair at a threshold, by region, with (on demand) their shared parties, on the as-of date. */
export function useDuplicatesGraph(filters: Filters, minJaccard: number, withParties: boolean, enabled: boolean): KeptQuery<GraphModel> {
  const [{ asOf }] = useAsOf();
  const variables = { filter: toPartnershipFilter(filters), minJaccard, withParties, top: TOP_LOAD, asOf };
  return useKept(useGql(DuplicatesGraphDocument, variables, { select: selectDuplicates, keep: true, enabled }));
}
