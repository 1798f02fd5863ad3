import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { DashboardPage } from '../dashboards/DashboardPage';
import { subViewFrom } from '../dashboards/subViews';
import { DuplicatesView } from './DuplicatesView';
import { PartyLoadView } from './PartyLoadView';
import { TABLES_VIEWS } from './views';

/** Tafels: duplicate governance tables and the load on parties. */
export function TablesPage() {
  const { t } = useTranslation();
  const { t: td } = useTranslation('dashboards');
  const [params] = useSearchParams();
  const current = subViewFrom(params, TABLES_VIEWS);
  const views = TABLES_VIEWS.map((id) => ({ id, label: td(`views.${id}`) }));

  return (
    <DashboardPage
      place={t('pages.tables.title')}
      intro={t('pages.tables.intro')}
      navLabel={td('views.label', { place: t('pages.tables.title') })}
      views={views}
      current={current}
    >
      {current === 'dubbel' && <DuplicatesView />}
      {current === 'belasting' && <PartyLoadView />}
    </DashboardPage>
  );
}
