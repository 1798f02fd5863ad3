import { useTranslation } from 'react-i18next';
import { COMPARISON_ID } from '../ui/links';
import { useFocusOnChange } from '../ui/useFocusOnChange';
import { combine } from '../data/result';
import { Section } from '../ui/page/Section';
import { QueryView } from '../ui/QueryView';
import { useUrlParam } from '../ui/url/useUrlParam';
import { DuplicatePairsTable } from './DuplicatePairsTable';
import { JaccardSlider } from '../ui/jaccard/JaccardSlider';
import { PairComparison } from './PairComparison';
import { PAIR_PARAM, pairFrom } from './pairParam';
import { useDuplicates, useTableIndex } from './queries';
import { useMinJaccard } from '../ui/jaccard/useMinJaccard';

/** Candidate duplicate tables above a Jaccard threshold, and one pair side by side. */
export function DuplicatesView() {
  const { t } = useTranslation('tables');
  const [minJaccard, setMinJaccard] = useMinJaccard();
  const [pairParam] = useUrlParam(PAIR_PARAM);
  const result = combine(useDuplicates(minJaccard), useTableIndex());
  const chosen = pairFrom(pairParam);
  // Without a choice in the URL, the most alike pair is compared.
  const current = chosen ?? (result.status === 'success' && result.data[0][0] ? { a: result.data[0][0].a, b: result.data[0][0].b } : null);
  // "Vergelijken" moves focus and scroll to the comparison it updates, far below the list.
  const [anchor, focusComparison] = useFocusOnChange<HTMLDivElement>(current ? `${current.a},${current.b}` : '');

  return (
    <>
      <Section title={t('duplicates.title')} intro={t('duplicates.intro')} busy={result.status === 'loading'}>
        <JaccardSlider value={minJaccard} onChange={setMinJaccard} />
        <QueryView result={result}>
          {([pairs, index]) => <DuplicatePairsTable pairs={pairs} index={index} current={current} onCompare={focusComparison} />}
        </QueryView>
      </Section>
      {current && (
        <div id={COMPARISON_ID} ref={anchor} tabIndex={-1} className="dsv-anchor">
          <Section title={t('compare.title')} intro={t('compare.intro')}>
            <PairComparison a={current.a} b={current.b} />
          </Section>
        </div>
      )}
    </>
  );
}
