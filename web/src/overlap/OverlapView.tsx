import { useTranslation } from 'react-i18next';
import { Section } from '../ui/page/Section';
import { QueryView } from '../ui/QueryView';
import { BasisSwitch } from './BasisSwitch';
import { JaccardSection } from './JaccardSection';
import { NetworkRegionMaps } from './NetworkRegionMaps';
import { PartnershipList } from './PartnershipList';
import { useOverlap, usePartnerships } from './queries';
import { UpSetSection } from './UpSetSection';
import { useBasis } from './useBasis';

const SEVERAL_NETWORKS = { minNetworks: 2 };

/** How much the networks overlap: UpSet plot, Jaccard matrix, partnerships in several networks. */
export function OverlapView() {
  const { t } = useTranslation('overlap');
  const [basis, setBasis] = useBasis();
  const overlap = useOverlap(basis);
  const partnerships = usePartnerships(SEVERAL_NETWORKS);

  return (
    <>
      <BasisSwitch basis={basis} onChange={setBasis} />
      <div aria-busy={overlap.status === 'loading' || undefined}>
        <QueryView result={overlap}>
          {(data) => (
            <>
              <UpSetSection data={data} basis={basis} />
              <JaccardSection data={data} basis={basis} />
            </>
          )}
        </QueryView>
      </div>
      <Section title={t('overlap.several.title')} intro={t('overlap.several.intro')} busy={partnerships.status === 'loading'}>
        <PartnershipList id="meerdere-netwerken" caption={t('overlap.several.caption')} result={partnerships} />
      </Section>
      <NetworkRegionMaps />
    </>
  );
}
