import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { FollowsAsOf } from '../filters/FollowsAsOf';
import { SubViewPage } from '../ui/page/SubViewPage';
import { subViewFrom } from '../ui/page/subViews';
import { CommunitiesView } from './CommunitiesView';
import { CoverageView } from './CoverageView';
import { CrowdingView } from './CrowdingView';
import { OverlapFilters } from './OverlapFilters';
import { OverlapView } from './OverlapView';
import { ReachView } from './ReachView';
import { ChangeView } from '../time/ChangeView';
import { OVERLAP_VIEWS } from './views';

/** The sub-views that follow the shared filter panel. */
const FILTERED_VIEWS: ReadonlySet<string> = new Set(['overlap', 'bruggen', 'gemeenschappen']);

/** Overlap: network overlap, crowding (drukte), change between two dates (verandering), domain coverage (dekking), parties bridging networks (bruggen) and communities. */
export function OverlapPage() {
  const { t } = useTranslation();
  const { t: td } = useTranslation('overlap');
  const [params] = useSearchParams();
  const current = subViewFrom(params, OVERLAP_VIEWS);
  const views = OVERLAP_VIEWS.map((id) => ({ id, label: td(`views.${id}`) }));

  return (
    <SubViewPage
      place={t('pages.overlap.title')}
      intro={t('pages.overlap.intro')}
      navLabel={td('views.label', { place: t('pages.overlap.title') })}
      views={views}
      current={current}
    >
      {FILTERED_VIEWS.has(current) && <OverlapFilters />}
      <FollowsAsOf>
        {current === 'overlap' && <OverlapView />}
        {current === 'drukte' && <CrowdingView />}
        {current === 'dekking' && <CoverageView />}
        {current === 'bruggen' && <ReachView />}
        {current === 'gemeenschappen' && <CommunitiesView />}
      </FollowsAsOf>
      {current === 'verandering' && <ChangeView />}
    </SubViewPage>
  );
}
