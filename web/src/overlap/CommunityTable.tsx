import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import type { Column } from '../ui/table/columns';
import { DataTable } from '../ui/table/DataTable';
import type { CommunityRow } from './api';

interface CommunityTableProps {
  rows: readonly CommunityRow[];
  current: number | null;
  network: (key: string) => string;
}

/** One row per community: its size and dominant networks, and a link that shows it below. */
export function CommunityTable({ rows, current, network }: CommunityTableProps) {
  const { t } = useTranslation('overlap');
  const [params] = useSearchParams();
  const dominant = (c: CommunityRow) =>
    c.networks
      .slice(0, 3)
      .map((n) => `${network(n.network)} (${n.partnerships})`)
      .join(', ') || '–';
  const showLink = (c: CommunityRow) => {
    const next = new URLSearchParams(params);
    next.set('gemeenschap', String(c.id));
    return { search: `?${next.toString()}`, hash: '#gemeenschap' };
  };
  const columns: Column<CommunityRow>[] = [
    { key: 'id', label: t('communities.id'), value: (c) => c.id, format: 'integer', rowHeader: true },
    { key: 'partnerships', label: t('communities.partnerships'), value: (c) => c.partnerships.length, format: 'integer' },
    { key: 'parties', label: t('communities.parties'), value: (c) => c.parties.length, format: 'integer' },
    { key: 'networks', label: t('communities.networks'), value: dominant },
    {
      key: 'show',
      label: t('communities.showColumn'),
      value: () => null,
      sortable: false,
      exported: false,
      render: (c) => (
        <Link
          className="utrecht-link utrecht-link--html-a"
          to={showLink(c)}
          aria-current={c.id === current ? 'true' : undefined}
          aria-label={t('communities.showLabel', { id: c.id })}
        >
          {t('communities.show')}
        </Link>
      ),
    },
  ];
  return (
    <DataTable
      id="gemeenschappen"
      caption={t('communities.caption')}
      columns={columns}
      rows={rows}
      rowKey={(c) => String(c.id)}
      serverOrder={{ key: 'id', direction: 'ascending' }}
      isCurrent={(c) => c.id === current}
    />
  );
}
