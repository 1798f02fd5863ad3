import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { AsOfField } from '../filters/AsOfField';
import { Section } from '../ui/page/Section';
import { CORE_DOMAINS, isCoreDomain } from '../lib/domains';
import { QueryView } from '../ui/QueryView';
import { useUrlParam } from '../ui/url/useUrlParam';
import { CoverageTable } from './CoverageTable';
import { DomainSelect } from './DomainSelect';
import { PartnershipList } from './PartnershipList';
import { useCoverage, usePartnerships } from './queries';

/** Which partnerships lack a core domain: counts per network, then the list. */
export function CoverageView() {
  const { t } = useTranslation('overlap');
  const coverage = useCoverage();
  const [lacksParam, setLacks] = useUrlParam('ontbreekt');
  const lacks = isCoreDomain(lacksParam) ? lacksParam : null;
  const filter = useMemo(() => ({ missingDomains: lacks ? [lacks] : [...CORE_DOMAINS] }), [lacks]);
  const partnerships = usePartnerships(filter);

  return (
    <>
      <div className="dsv-controls">
        <AsOfField />
      </div>
      <Section title={t('coverage.perNetworkTitle')} intro={t('coverage.perNetworkIntro')} busy={coverage.status === 'loading'}>
        <QueryView result={coverage}>{(rows) => <CoverageTable rows={rows} />}</QueryView>
      </Section>
      <Section title={t('coverage.listTitle')} intro={t('coverage.listIntro')} busy={partnerships.status === 'loading'}>
        <PartnershipList id="ontbrekend-domein" caption={t('coverage.listCaption')} result={partnerships}>
          <DomainSelect value={lacks} onChange={setLacks} />
        </PartnershipList>
      </Section>
    </>
  );
}
