import { Table, TableBody, TableCaption, TableCell, TableHeader, TableHeaderCell, TableRow } from '@utrecht/component-library-react';
import { useId, useMemo } from 'react';
import { linkCounts, type GraphModel } from '../data/graphModel';
import type { GraphActions } from '../state/useGraphActions';
import { NodeActions } from './NodeActions';
import { Pager } from './Pager';
import { usePaged } from './usePaged';
import type { GraphTexts } from './useGraphTexts';

interface NodesTableProps {
  texts: GraphTexts;
  graph: GraphModel;
  selected: readonly string[];
  actions: GraphActions;
}

const PAGE = 25;

/** The chart's nodes as a table, with the chart's actions per row. */
export function NodesTable({ texts, graph, selected, actions }: NodesTableProps) {
  const { t, number } = texts;
  const captionId = useId();
  const links = useMemo(() => linkCounts(graph), [graph]);
  const paged = usePaged(graph.nodes, PAGE);
  const chosen = new Set(selected);

  return (
    <>
      <div className="dsv-table-scroll" role="region" aria-labelledby={captionId} tabIndex={0}>
        <Table className="dsv-network__table" data-table="nodes">
          <TableCaption id={captionId}>{t('table.nodes')}</TableCaption>
          <TableHeader>
            <TableRow>
              <TableHeaderCell scope="col">{t('table.name')}</TableHeaderCell>
              <TableHeaderCell scope="col">{t('table.kind')}</TableHeaderCell>
              <TableHeaderCell scope="col">{t('table.details')}</TableHeaderCell>
              <TableHeaderCell scope="col" numericColumn>
                {t('table.links')}
              </TableHeaderCell>
              <TableHeaderCell scope="col">{t('table.actions')}</TableHeaderCell>
            </TableRow>
          </TableHeader>
          <TableBody>
            {paged.rows.map((n) => (
              <TableRow key={n.key} data-key={n.key} data-selected={chosen.has(n.key) || undefined}>
                <TableHeaderCell scope="row">{n.name}</TableHeaderCell>
                <TableCell>{texts.kind(n.kind)}</TableCell>
                <TableCell>{texts.details(n)}</TableCell>
                <TableCell numericColumn>{number(links.get(n.key) ?? 0)}</TableCell>
                <TableCell>
                  <NodeActions texts={texts} nodeKey={n.key} name={n.name} node={n} actions={actions} selected={chosen.has(n.key)} />
                </TableCell>
              </TableRow>
            ))}
          </TableBody>
        </Table>
      </div>
      <Pager texts={texts} paged={paged} total={graph.nodes.length} what={t('table.nodes')} />
    </>
  );
}
