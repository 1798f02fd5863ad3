import type { ReactNode } from 'react';
import type { QueryResult } from '../data/result';
import { DataTable } from '../ui/table/DataTable';
import { FilterNote } from '../ui/FilterNote';
import { QueryView } from '../ui/QueryView';
import type { PartnershipRow } from './api';
import { usePartnershipColumns } from './usePartnershipColumns';

interface PartnershipListProps {
  /** Table id: URL parameters (`<id>-sort`, `<id>-page`, `<id>-rows`) and file names. */
  id: string;
  caption: string;
  result: QueryResult<PartnershipRow[]>;
  /** Controls that narrow the list, shown above it. */
  children?: ReactNode;
}

/**
 * A list of partnerships (by name) with paging, sorting and export. The
 * controls stay in place while the list reloads, so focus is not lost.
 */
export function PartnershipList({ id, caption, result, children }: PartnershipListProps) {
  const columns = usePartnershipColumns();
  return (
    <>
      <FilterNote />
      {children && <div className="dsv-controls">{children}</div>}
      <QueryView result={result}>
        {(rows) => (
          <DataTable
            id={id}
            caption={caption}
            columns={columns}
            rows={rows}
            rowKey={(p) => p.id}
            serverOrder={{ key: 'name', direction: 'ascending' }}
          />
        )}
      </QueryView>
    </>
  );
}
