import { useMemo } from 'react';
import type { Column } from '../../ui/table/columns';
import { DataTable } from '../../ui/table/DataTable';
import type { GraphEdge, GraphModel } from '../data/graphModel';
import type { GraphTexts } from './useGraphTexts';

interface EdgesTableProps {
  texts: GraphTexts;
  graph: GraphModel;
}

/** The chart's links as the kit table: both ends by name, the kind of link, and for overlaps and duplicates what is shared. */
export function EdgesTable({ texts, graph }: EdgesTableProps) {
  const { t } = texts;
  const names = useMemo(() => new Map(graph.nodes.map((n) => [n.key, n.name])), [graph]);
  const measured = graph.edges.some((e) => e.jaccard !== null);
  const columns = useMemo<Column<GraphEdge>[]>(
    () => [
      { key: 'from', label: t('table.from'), value: (e) => names.get(e.source) ?? e.source, rowHeader: true },
      { key: 'to', label: t('table.to'), value: (e) => names.get(e.target) ?? e.target },
      { key: 'relation', label: t('table.relation'), value: (e) => texts.relation(e.kind) },
      ...(measured
        ? ([
            { key: 'shared', label: t('table.shared'), value: (e) => e.shared, format: 'integer' },
            { key: 'jaccard', label: t('table.jaccard'), value: (e) => e.jaccard, format: 'jaccard' },
          ] satisfies Column<GraphEdge>[])
        : []),
    ],
    [t, texts, names, measured],
  );

  return (
    <DataTable
      id="verbindingen"
      name="edges"
      exportName="netwerk-verbindingen"
      caption={t('table.edges')}
      columns={columns}
      rows={graph.edges}
      rowKey={(e) => e.key}
      rowData={(e) => ({ 'data-kind': e.kind })}
    />
  );
}
