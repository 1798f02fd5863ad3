import { useTranslation } from 'react-i18next';
import type { Column } from '../dashboards/columns';
import { DashboardSection } from '../dashboards/DashboardSection';
import { DataTable } from '../dashboards/DataTable';
import { useDomainLabel } from '../dashboards/labels';
import { QueryView } from '../dashboards/QueryView';
import { RowLimitSelect } from '../dashboards/RowLimitSelect';
import { useRowLimit } from '../dashboards/useRowLimit';
import type { PartyLoad } from './api';
import { usePartyLoad } from './queries';

/** How many parties the ranking asks the server for; 1000 is the API's cap. */
const TOP_CHOICES = [25, 50, 100, 250, 1000] as const;

/** Which parties sit at how many tables and partnerships. */
export function PartyLoadView() {
  const { t } = useTranslation('dashboards');
  const domain = useDomainLabel();
  const [, top, setTop] = useRowLimit('belasting', TOP_CHOICES);
  const load = usePartyLoad(top);
  const columns: Column<PartyLoad>[] = [
    { key: 'party', label: t('load.party'), value: (r) => r.party.name, rowHeader: true },
    { key: 'id', label: t('load.id'), value: (r) => r.party.id, shown: false },
    { key: 'domain', label: t('load.domain'), value: (r) => domain(r.party.domain) },
    { key: 'partnerships', label: t('load.partnerships'), value: (r) => r.partnerships, format: 'integer' },
    { key: 'tables', label: t('load.tables'), value: (r) => r.tables, format: 'integer' },
    { key: 'load', label: t('load.load'), value: (r) => r.load, format: 'integer' },
  ];

  return (
    <DashboardSection title={t('load.title')} intro={t('load.intro')} busy={load.status === 'loading'}>
      <RowLimitSelect choice={top} onChange={setTop} choices={TOP_CHOICES} />
      <QueryView result={load}>
        {(rows) => (
          <DataTable
            id="belasting"
            caption={t('load.caption')}
            columns={columns}
            rows={rows}
            rowKey={(r) => r.party.id}
            serverOrder={{ key: 'load', direction: 'descending' }}
          />
        )}
      </QueryView>
    </DashboardSection>
  );
}
