import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { SubViewPage } from '../ui/page/SubViewPage';
import { subViewFrom } from '../ui/page/subViews';
import { CoverageView } from './CoverageView';
import { CrowdingView } from './CrowdingView';
import { OverlapView } from './OverlapView';
import { OVERLAP_VIEWS } from './views';

/** Overlap: network overlap, crowding (drukte) and domain coverage (dekking). */
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
      {current === 'overlap' && <OverlapView />}
      {current === 'drukte' && <CrowdingView />}
      {current === 'dekking' && <CoverageView />}
    </SubViewPage>
  );
}
