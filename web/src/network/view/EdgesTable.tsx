import { Table, TableBody, TableCaption, TableCell, TableHeader, TableHeaderCell, TableRow } from '@utrecht/component-library-react';
import { useId, useMemo } from 'react';
import type { GraphModel } from '../data/graphModel';
import { Pager } from './Pager';
import { usePaged } from './usePaged';
import type { GraphTexts } from './useGraphTexts';

interface EdgesTableProps {
  texts: GraphTexts;
  graph: GraphModel;
}

const PAGE = 25;

/** The chart's links as a table: both ends by name, the kind of link, and for overlaps and duplicates what is shared. */
export function EdgesTable({ texts, graph }: EdgesTableProps) {
  const { t, number, jaccard } = texts;
  const captionId = useId();
  const names = useMemo(() => new Map(graph.nodes.map((n) => [n.key, n.name])), [graph]);
  const paged = usePaged(graph.edges, PAGE);
  const measured = graph.edges.some((e) => e.jaccard !== null);

  return (
    <>
      <div className="dsv-table-scroll" role="region" aria-labelledby={captionId} tabIndex={0}>
        <Table className="dsv-network__table" data-table="edges">
          <TableCaption id={captionId}>{t('table.edges')}</TableCaption>
          <TableHeader>
            <TableRow>
              <TableHeaderCell scope="col">{t('table.from')}</TableHeaderCell>
              <TableHeaderCell scope="col">{t('table.to')}</TableHeaderCell>
              <TableHeaderCell scope="col">{t('table.relation')}</TableHeaderCell>
              {measured && (
                <>
                  <TableHeaderCell scope="col" numericColumn>
                    {t('table.shared')}
                  </TableHeaderCell>
                  <TableHeaderCell scope="col" numericColumn>
                    {t('table.jaccard')}
                  </TableHeaderCell>
                </>
              )}
            </TableRow>
          </TableHeader>
          <TableBody>
            {paged.rows.map((e) => (
              <TableRow key={e.key} data-key={e.key} data-kind={e.kind}>
                <TableCell>{names.get(e.source) ?? e.source}</TableCell>
                <TableCell>{names.get(e.target) ?? e.target}</TableCell>
                <TableCell>{texts.relation(e.kind)}</TableCell>
                {measured && (
                  <>
                    <TableCell numericColumn>{e.shared === null ? '' : number(e.shared)}</TableCell>
                    <TableCell numericColumn>{e.jaccard === null ? '' : jaccard(e.jaccard)}</TableCell>
                  </>
                )}
              </TableRow>
            ))}
          </TableBody>
        </Table>
      </div>
      <Pager texts={texts} paged={paged} total={graph.edges.length} what={t('table.edges')} />
    </>
  );
}
