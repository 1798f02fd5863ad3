import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { JaccardSlider } from '../../tables/JaccardSlider';
import { snapJaccard } from '../../tables/useMinJaccard';
import { markMatches, type GraphModel } from '../data/graphModel';
import { regionKey, UNKNOWN_REGION } from '../data/tablesModel';
import { useDuplicatesGraph, useTablesGraph } from '../api/useGraphs';
import { GraphQueryView } from '../view/GraphQueryView';
import type { ModeProps } from './NetworksMode';
import { TablesScope } from './TablesScope';

/**
 * Tables mode. By default only the tables in a duplicate pair at the threshold, in the box
 * of their region, with on demand the parties at both tables of a pair; the full graph of
 * every table and its parties is one click away. The text to mark makes matching tables
 * and parties stand out.
 */
export function TablesMode({ view, setView, filters }: ModeProps) {
  const { t, i18n } = useTranslation('network');
  const minJaccard = snapJaccard(view.minJaccard);
  const duplicates = useDuplicatesGraph(filters, minJaccard, view.sharedParties, !view.allTables);
  const full = useTablesGraph(filters, minJaccard, view.allTables);
  const query = view.allTables ? full : duplicates;
  const unknown = t('tables.unknownRegion');
  const data = useMemo(
    () => (query.data ? markMatches(withRegionNames(query.data, unknown), view.mark) : undefined),
    [query.data, unknown, view.mark],
  );
  const format = (j: number) => new Intl.NumberFormat(i18n.language, { minimumFractionDigits: 2 }).format(j);

  return (
    <GraphQueryView
      query={{ ...query, data }}
      view={view}
      setView={setView}
      caption={t(view.allTables ? 'figure.captions.tables' : 'figure.captions.duplicates', { min: format(minJaccard) })}
      controls={
        <>
          <JaccardSlider value={minJaccard} onChange={(value) => setView({ minJaccard: value })} />
          <TablesScope view={view} setView={setView} />
        </>
      }
    />
  );
}

/** The box of the tables without a known region gets its name in the UI language. */
function withRegionNames(graph: GraphModel, unknown: string): GraphModel {
  if (!graph.groups) return graph;
  const key = regionKey(UNKNOWN_REGION);
  return { ...graph, groups: graph.groups.map((g) => (g.key === key ? { ...g, label: unknown } : g)) };
}
