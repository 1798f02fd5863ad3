import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { AsOfField } from '../filters/AsOfField';
import { FollowsAsOf } from '../filters/FollowsAsOf';
import { SubViewPage } from '../ui/page/SubViewPage';
import { subViewFrom } from '../ui/page/subViews';
import { DuplicatesView } from './DuplicatesView';
import { PartyLoadView } from './PartyLoadView';
import { TABLES_VIEWS } from './views';

/** Tafels: duplicate governance tables and the load on parties. */
export function TablesPage() {
  const { t } = useTranslation();
  const { t: td } = useTranslation('tables');
  const [params] = useSearchParams();
  const current = subViewFrom(params, TABLES_VIEWS);
  const views = TABLES_VIEWS.map((id) => ({ id, label: td(`views.${id}`) }));

  return (
    <SubViewPage
      place={t('pages.tables.title')}
      intro={t('pages.tables.intro')}
      navLabel={td('views.label', { place: t('pages.tables.title') })}
      views={views}
      current={current}
    >
      <div className="dsv-controls">
        <AsOfField />
      </div>
      <FollowsAsOf>
        {current === 'dubbel' && <DuplicatesView />}
        {current === 'belasting' && <PartyLoadView />}
      </FollowsAsOf>
    </SubViewPage>
  );
}
