import { useTranslation } from 'react-i18next';
import type { Column } from '../dashboards/columns';
import { useCoreDomainLabel, useNetworkLabel } from '../dashboards/labels';
import type { PartnershipRow } from './api';

/**
 * Columns of a partnership list: name, its networks and the core domains it
 * lacks. Exports hold the keys, `;`-separated as in the import format.
 */
export function usePartnershipColumns(): Column<PartnershipRow>[] {
  const { t } = useTranslation('dashboards');
  const network = useNetworkLabel();
  const domain = useCoreDomainLabel();
  return [
    { key: 'name', label: t('partnerships.name'), value: (p) => p.name, rowHeader: true },
    { key: 'id', label: t('partnerships.id'), value: (p) => p.id, render: (p) => <code>{p.id}</code> },
    {
      key: 'networks',
      label: t('partnerships.networks'),
      value: (p) => p.networks.map((n) => n.key).join(';'),
      render: (p) => p.networks.map((n) => network(n.key)).join(', '),
    },
    { key: 'networkCount', label: t('partnerships.networkCount'), value: (p) => p.networks.length, format: 'integer' },
    {
      key: 'missing',
      label: t('partnerships.missing'),
      value: (p) => p.missingDomains.join(';'),
      render: (p) => (p.missingDomains.length === 0 ? t('partnerships.complete') : p.missingDomains.map(domain).join(', ')),
    },
  ];
}
