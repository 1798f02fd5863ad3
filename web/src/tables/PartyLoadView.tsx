import { useTranslation } from 'react-i18next';
import type { Column } from '../ui/table/columns';
import { Section } from '../ui/page/Section';
import { DataTable } from '../ui/table/DataTable';
import { useLabels } from '../ui/labels';
import { PartyLink } from '../ui/PartyLink';
import { QueryView } from '../ui/QueryView';
import type { PartyLoad } from './api';
import { usePartyLoad } from './queries';

/** Every party up to the API's cap: the table pages them and the export holds them all. */
const ALL_PARTIES = 1000;

/** Which parties sit at how many tables and partnerships. */
export function PartyLoadView() {
  const { t } = useTranslation('tables');
  const domain = useLabels().domain;
  const load = usePartyLoad(ALL_PARTIES);
  const columns: Column<PartyLoad>[] = [
    {
      key: 'party',
      label: t('load.party'),
      value: (r) => r.party.name,
      rowHeader: true,
      render: (r) => <PartyLink id={r.party.id}>{r.party.name}</PartyLink>,
    },
    { key: 'id', label: t('load.id'), value: (r) => r.party.id, shown: false },
    { key: 'domain', label: t('load.domain'), value: (r) => domain(r.party.domain) },
    { key: 'partnerships', label: t('load.partnerships'), value: (r) => r.partnerships, format: 'integer' },
    { key: 'tables', label: t('load.tables'), value: (r) => r.tables, format: 'integer' },
    { key: 'load', label: t('load.load'), value: (r) => r.load, format: 'integer' },
  ];

  return (
    <Section title={t('load.title')} intro={t('load.intro')} busy={load.status === 'loading'}>
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
    </Section>
  );
}
