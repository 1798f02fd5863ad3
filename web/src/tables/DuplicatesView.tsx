import { useTranslation } from 'react-i18next';
import { combine } from '../dashboards/combine';
import { DashboardSection } from '../dashboards/DashboardSection';
import { QueryView } from '../dashboards/QueryView';
import { RowLimitSelect } from '../dashboards/RowLimitSelect';
import { useParam } from '../dashboards/useParam';
import { useRowLimit } from '../dashboards/useRowLimit';
import { DuplicatePairsTable } from './DuplicatePairsTable';
import { JaccardSlider } from './JaccardSlider';
import { PairComparison } from './PairComparison';
import { PAIR_PARAM, pairFrom } from './pairParam';
import { useDuplicates, useTableIndex } from './queries';
import { useMinJaccard } from './useMinJaccard';

/** Candidate duplicate tables above a Jaccard threshold, and one pair side by side. */
export function DuplicatesView() {
  const { t } = useTranslation('dashboards');
  const [minJaccard, setMinJaccard] = useMinJaccard();
  const [limit, choice, setChoice] = useRowLimit('dubbele-tafels');
  const [pairParam] = useParam(PAIR_PARAM);
  const result = combine(useDuplicates(minJaccard), useTableIndex());
  const chosen = pairFrom(pairParam);
  // Without a choice in the URL, the most alike pair is compared.
  const current = chosen ?? (result.status === 'success' && result.data[0][0] ? { a: result.data[0][0].a, b: result.data[0][0].b } : null);

  return (
    <>
      <DashboardSection title={t('duplicates.title')} intro={t('duplicates.intro')} busy={result.status === 'loading'}>
        <JaccardSlider value={minJaccard} onChange={setMinJaccard} />
        <QueryView result={result}>
          {([pairs, index]) => (
            <>
              <RowLimitSelect choice={choice} onChange={setChoice} total={pairs.length} />
              <DuplicatePairsTable pairs={pairs} index={index} current={current} limit={limit} />
            </>
          )}
        </QueryView>
      </DashboardSection>
      {current && (
        <div id="vergelijking" tabIndex={-1} className="dsv-anchor">
          <DashboardSection title={t('compare.title')} intro={t('compare.intro')}>
            <PairComparison a={current.a} b={current.b} />
          </DashboardSection>
        </div>
      )}
    </>
  );
}
