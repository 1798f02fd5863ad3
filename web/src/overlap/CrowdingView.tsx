import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { Section } from '../ui/page/Section';
import { centreOf, type LatLon } from '../ui/links';
import { QueryView } from '../ui/QueryView';
import { AsOfField } from '../filters/AsOfField';
import { useFilters } from '../filters/useFilters';
import type { CrowdingData } from './api';
import { MunicipalityCrowdingTable } from './MunicipalityCrowdingTable';
import { ProvinceCrowdingTable } from './ProvinceCrowdingTable';
import { ProvinceSelect } from './ProvinceSelect';
import { CrowdingComparison, useComparison } from './CrowdingComparison';
import { RegionCrowdingRankings } from './RegionCrowdingRankings';
import { useCrowding } from './queries';

/** Where it is crowded: municipalities and provinces ranked by the crowding index. */
export function CrowdingView() {
  const { t } = useTranslation('overlap');
  const crowding = useCrowding();
  return (
    <div aria-busy={crowding.status === 'loading' || undefined}>
      <div className="dsv-controls">
        <AsOfField />
      </div>
      <p className="dsv-note">{t('crowding.definition')}</p>
      <QueryView result={crowding}>{(data) => <CrowdingRankings data={data} />}</QueryView>
    </div>
  );
}

function CrowdingRankings({ data }: { data: CrowdingData }) {
  const { t } = useTranslation('overlap');
  const [filters, setFilters] = useFilters();
  const [comparison, setComparison] = useComparison();
  const selected = filters.provinces;
  const municipalities = useMemo(
    () => (selected.length === 0 ? data.municipalities : data.municipalities.filter((m) => selected.includes(m.province))),
    [data, selected],
  );
  const centres = useMemo(() => {
    const byProvince = new Map<string, (LatLon | null)[]>();
    for (const m of data.municipalities) byProvince.set(m.province, [...(byProvince.get(m.province) ?? []), m.location]);
    return new Map([...byProvince].map(([province, points]) => [province, centreOf(points)]));
  }, [data]);

  return (
    <>
      <Section title={t('crowding.municipalitiesTitle')} intro={t('crowding.municipalitiesIntro')}>
        <div className="dsv-controls">
          <ProvinceSelect
            provinces={data.provinces.map((p) => p.province)}
            value={selected}
            onChange={(provinces) => setFilters({ provinces })}
          />
        </div>
        <CrowdingComparison value={comparison} onChange={setComparison} />
        <MunicipalityCrowdingTable rows={municipalities} relative={comparison === 'provincie'} />
      </Section>
      <Section title={t('crowding.provincesTitle')} intro={t('crowding.provincesIntro')}>
        <ProvinceCrowdingTable rows={data.provinces} centres={centres} selected={selected} />
      </Section>
      <RegionCrowdingRankings />
    </>
  );
}
