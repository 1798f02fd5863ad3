import { useTranslation } from 'react-i18next';
import type { Column } from '../ui/table/columns';
import { DataTable } from '../ui/table/DataTable';
import { useLabels } from '../ui/labels';
import type { NetworkCoverage } from './api';

/** Per network: how many of its partnerships lack each core domain. */
export function CoverageTable({ rows }: { rows: readonly NetworkCoverage[] }) {
  const { t } = useTranslation('overlap');
  const labels = useLabels();
  const columns: Column<NetworkCoverage>[] = [
    { key: 'network', label: t('coverage.network'), value: (r) => labels.network(r.network), rowHeader: true },
    { key: 'partnerships', label: t('coverage.partnerships'), value: (r) => r.partnerships, format: 'integer' },
    { key: 'missingCare', label: t('coverage.missingCare'), value: (r) => r.missingCare, format: 'integer' },
    { key: 'missingSocial', label: t('coverage.missingSocial'), value: (r) => r.missingSocial, format: 'integer' },
    { key: 'missingFinancier', label: t('coverage.missingFinancier'), value: (r) => r.missingFinancier, format: 'integer' },
    { key: 'missingCitizens', label: t('coverage.missingCitizens'), value: (r) => r.missingCitizens, format: 'integer' },
  ];
  return (
    <DataTable
      id="dekking"
      caption={t('coverage.tableCaption')}
      columns={columns}
      rows={rows}
      rowKey={(r) => r.network}
      serverOrder={{ key: 'network', direction: 'ascending' }}
    />
  );
}
