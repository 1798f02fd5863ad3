import { useMemo } from 'react';
import { useLabels } from '../../ui/labels';
import type { Column } from '../../ui/table/columns';
import { DataTable } from '../../ui/table/DataTable';
import { linkCounts, type GraphModel, type GraphNode } from '../data/graphModel';
import type { GraphActions } from '../state/useGraphActions';
import { NodeActions } from './NodeActions';
import type { GraphTexts } from './useGraphTexts';

interface NodesTableProps {
  texts: GraphTexts;
  graph: GraphModel;
  selected: readonly string[];
  actions: GraphActions;
}

/** The chart's nodes as the kit table, with the chart's actions per row; the export holds every node with its details by name. */
export function NodesTable({ texts, graph, selected, actions }: NodesTableProps) {
  const { t } = texts;
  const labels = useLabels();
  const links = useMemo(() => linkCounts(graph), [graph]);
  const chosen = useMemo(() => new Set(selected), [selected]);
  const columns = useMemo<Column<GraphNode>[]>(
    () => [
      { key: 'name', label: t('table.name'), value: (n) => n.name, rowHeader: true },
      { key: 'kind', label: t('table.kind'), value: (n) => texts.kind(n.kind) },
      { key: 'details', label: t('table.details'), value: (n) => texts.details(n) },
      { key: 'links', label: t('table.links'), value: (n) => links.get(n.key) ?? 0, format: 'integer' },
      { key: 'id', label: 'id', value: (n) => n.id, shown: false },
      { key: 'phase', label: t('table.phase'), value: (n) => labels.phase(n.phase) || null, shown: false },
      { key: 'province', label: t('table.province'), value: (n) => n.province, shown: false },
      { key: 'degree', label: t('table.degree'), value: (n) => n.degree, shown: false },
      {
        key: 'actions',
        label: t('table.actions'),
        value: () => null,
        sortable: false,
        exported: false,
        render: (n) => <NodeActions texts={texts} nodeKey={n.key} name={n.name} node={n} actions={actions} selected={chosen.has(n.key)} />,
      },
    ],
    [t, texts, labels, links, actions, chosen],
  );

  return (
    <DataTable
      id="knopen"
      name="nodes"
      exportName={`netwerk-knopen`}
      caption={t('table.nodes')}
      columns={columns}
      rows={graph.nodes}
      rowKey={(n) => n.key}
      isCurrent={(n) => chosen.has(n.key)}
      rowData={(n) => ({ 'data-selected': chosen.has(n.key) ? 'true' : undefined })}
    />
  );
}
