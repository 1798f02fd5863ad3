import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { DashboardPage } from '../dashboards/DashboardPage';
import { subViewFrom } from '../dashboards/subViews';
import { CoverageView } from './CoverageView';
import { CrowdingView } from './CrowdingView';
import { OverlapView } from './OverlapView';
import { OVERLAP_VIEWS } from './views';

/** Overlap: network overlap, crowding (drukte) and domain coverage (dekking). */
export function OverlapPage() {
  const { t } = useTranslation();
  const { t: td } = useTranslation('dashboards');
  const [params] = useSearchParams();
  const current = subViewFrom(params, OVERLAP_VIEWS);
  const views = OVERLAP_VIEWS.map((id) => ({ id, label: td(`views.${id}`) }));

  return (
    <DashboardPage
      place={t('pages.overlap.title')}
      intro={t('pages.overlap.intro')}
      navLabel={td('views.label', { place: t('pages.overlap.title') })}
      views={views}
      current={current}
    >
      {current === 'overlap' && <OverlapView />}
      {current === 'drukte' && <CrowdingView />}
      {current === 'dekking' && <CoverageView />}
    </DashboardPage>
  );
}
