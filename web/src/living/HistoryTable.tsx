import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { useDataLabel } from './texts';
import { Link } from 'react-router';
import type { ChangesQuery } from '../data/gql/graphql';
import { DataTable } from '../ui/table/DataTable';
import type { Column } from '../ui/table/columns';
import { textOf } from './fields';

type Change = ChangesQuery['changes'][number];

/** A history value (JSON text) as readable text. */
function shown(json: string | null | undefined): string {
  if (json === null || json === undefined) return '';
  try {
    const value: unknown = JSON.parse(json);
    if (typeof value === 'object' && value !== null && !Array.isArray(value)) {
      // A whole record (an import, an archive): its filled-in fields.
      return Object.entries(value)
        .filter(([k, v]) => k !== 'id' && v !== null && !(Array.isArray(v) && v.length === 0))
        .map(([k, v]) => `${k}: ${typeof v === 'object' && !Array.isArray(v) ? JSON.stringify(v) : textOf(v).replaceAll('\n', ', ')}`)
        .join('; ');
    }
    return textOf(value).replaceAll('\n', '; ');
  } catch {
    return json;
  }
}

const KIND: Record<string, string> = { Partnership: 'partnership', Party: 'party', Table: 'table' };

/** Changes, newest first, in the kit table (sortable, paged, exportable). */
export function HistoryTable({
  id,
  caption,
  changes,
  showRecord,
}: {
  id: string;
  caption: string;
  changes: readonly Change[];
  showRecord: boolean;
}) {
  const { t, i18n } = useTranslation('living');
  const label = useDataLabel();
  const columns = useMemo<Column<Change>[]>(() => {
    const time = new Intl.DateTimeFormat(i18n.language, { dateStyle: 'medium', timeStyle: 'short' });
    const list: Column<Change>[] = [
      {
        key: 'at',
        label: t('history.at'),
        value: (c) => c.at,
        render: (c) => <time dateTime={c.at}>{time.format(new Date(c.at))}</time>,
        rowHeader: true,
      },
      { key: 'action', label: t('history.action'), value: (c) => label('actions', c.action) },
      { key: 'field', label: t('history.field'), value: (c) => (c.field ? label('fields', c.field) : '') },
      { key: 'before', label: t('history.before'), value: (c) => shown(c.before) },
      { key: 'after', label: t('history.after'), value: (c) => shown(c.after) },
      { key: 'by', label: t('history.by'), value: (c) => c.by ?? '' },
      { key: 'source', label: t('history.source'), value: (c) => [c.source, c.comment].filter(Boolean).join(' — ') },
    ];
    if (showRecord) {
      list.splice(1, 0, {
        key: 'record',
        label: t('history.record'),
        value: (c) => `${label('entities', c.entity)} ${c.entityId}`,
        render: (c) =>
          KIND[c.entity] ? (
            <Link className="utrecht-link utrecht-link--html-a" to={`/gegevens/${KIND[c.entity]}/${encodeURIComponent(c.entityId)}`}>
              {label('entities', c.entity)} {c.entityId}
            </Link>
          ) : (
            `${c.entity} ${c.entityId}`
          ),
      });
    }
    return list;
  }, [t, i18n.language, showRecord]);
  return (
    <DataTable
      id={id}
      name="history"
      caption={caption}
      columns={columns}
      rows={changes}
      rowKey={(c) => c.id}
      serverOrder={{ key: 'at', direction: 'descending' }}
    />
  );
}
