import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { useLabels } from '../ui/labels';
import { networkLink } from '../ui/links';
import { Section } from '../ui/page/Section';
import { PartyLink } from '../ui/PartyLink';
import { QueryView } from '../ui/QueryView';
import type { Column } from '../ui/table/columns';
import { DataTable } from '../ui/table/DataTable';
import { FilterNote } from '../ui/FilterNote';
import type { PartyReachRow } from './api';
import { usePartyReach } from './queries';

/** Every party up to the API's cap: the table pages them and the export holds them all. */
const ALL_PARTIES = 1000;

/** Which parties bridge networks: ranked by the networks, then the partnerships, of their partnerships. */
export function ReachView() {
  const { t } = useTranslation('overlap');
  const labels = useLabels();
  const [params] = useSearchParams();
  const reach = usePartyReach(ALL_PARTIES);
  const columns: Column<PartyReachRow>[] = [
    {
      key: 'party',
      label: t('reach.party'),
      value: (r) => r.party.name,
      rowHeader: true,
      render: (r) => <PartyLink id={r.party.id}>{r.party.name}</PartyLink>,
    },
    { key: 'id', label: t('reach.id'), value: (r) => r.party.id, shown: false },
    { key: 'domain', label: t('reach.domain'), value: (r) => labels.domain(r.party.domain) },
    { key: 'networks', label: t('reach.networks'), value: (r) => r.networks, format: 'integer' },
    { key: 'partnerships', label: t('reach.partnerships'), value: (r) => r.partnerships, format: 'integer' },
    { key: 'municipalities', label: t('reach.municipalities'), value: (r) => r.municipalities, format: 'integer' },
    {
      key: 'graph',
      label: t('reach.graphColumn'),
      value: () => null,
      sortable: false,
      exported: false,
      render: (r) => (
        <Link
          className="utrecht-link utrecht-link--html-a"
          to={networkLink(params, `party:${r.party.id}`, { bruggen: '1' })}
          aria-label={t('reach.graphLabel', { name: r.party.name })}
        >
          {t('reach.graph')}
        </Link>
      ),
    },
  ];
  return (
    <Section title={t('reach.title')} intro={t('reach.intro')} busy={reach.status === 'loading'}>
      <FilterNote />
      <QueryView result={reach}>
        {(rows) => (
          <DataTable
            id="bruggen"
            caption={t('reach.caption')}
            columns={columns}
            rows={rows.filter((r) => r.partnerships > 0)}
            rowKey={(r) => r.party.id}
            serverOrder={{ key: 'networks', direction: 'descending' }}
          />
        )}
      </QueryView>
    </Section>
  );
}
