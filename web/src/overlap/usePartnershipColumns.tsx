import { useTranslation } from 'react-i18next';
import type { Column } from '../ui/table/columns';
import { useLabels } from '../ui/labels';
import type { PartnershipRow } from './api';

/**
 * Columns of a partnership list: name, its networks and the core domains it
 * lacks, named as on screen (and so in the exports).
 */
export function usePartnershipColumns(): Column<PartnershipRow>[] {
  const { t } = useTranslation('overlap');
  const labels = useLabels();
  return [
    { key: 'name', label: t('partnerships.name'), value: (p) => p.name, rowHeader: true },
    { key: 'id', label: t('partnerships.id'), value: (p) => p.id, render: (p) => <code>{p.id}</code> },
    {
      key: 'networks',
      label: t('partnerships.networks'),
      value: (p) => p.networks.map((n) => labels.network(n.key)).join(', '),
    },
    { key: 'networkCount', label: t('partnerships.networkCount'), value: (p) => p.networks.length, format: 'integer' },
    {
      key: 'missing',
      label: t('partnerships.missing'),
      value: (p) => (p.missingDomains.length === 0 ? t('partnerships.complete') : p.missingDomains.map(labels.coreDomain).join(', ')),
    },
  ];
}
