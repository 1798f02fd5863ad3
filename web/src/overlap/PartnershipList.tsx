import type { ReactNode } from 'react';
import type { QueryResult } from '../api/useQuery';
import { DataTable } from '../dashboards/DataTable';
import { FilterNote } from '../dashboards/FilterNote';
import { QueryView } from '../dashboards/QueryView';
import { RowLimitSelect } from '../dashboards/RowLimitSelect';
import { useRowLimit } from '../dashboards/useRowLimit';
import type { PartnershipRow } from './api';
import { usePartnershipColumns } from './usePartnershipColumns';

interface PartnershipListProps {
  /** Table id: URL parameters (`<id>-sort`, `<id>-rows`) and file names. */
  id: string;
  caption: string;
  result: QueryResult<PartnershipRow[]>;
  /** Controls that narrow the list, shown beside the row limit. */
  children?: ReactNode;
}

/**
 * A list of partnerships (by name) with row limit, sorting and export. The
 * controls stay in place while the list reloads, so focus is not lost.
 */
export function PartnershipList({ id, caption, result, children }: PartnershipListProps) {
  const columns = usePartnershipColumns();
  const [limit, choice, setChoice] = useRowLimit(id);
  return (
    <>
      <FilterNote />
      <RowLimitSelect choice={choice} onChange={setChoice} total={result.status === 'success' ? result.data.length : undefined}>
        {children}
      </RowLimitSelect>
      <QueryView result={result}>
        {(rows) => (
          <DataTable
            id={id}
            caption={caption}
            columns={columns}
            rows={rows}
            rowKey={(p) => p.id}
            limit={limit}
            serverOrder={{ key: 'name', direction: 'ascending' }}
          />
        )}
      </QueryView>
    </>
  );
}
