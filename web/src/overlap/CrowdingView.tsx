import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { DashboardSection } from '../dashboards/DashboardSection';
import { centreOf, type LatLon } from '../dashboards/mapLink';
import { QueryView } from '../dashboards/QueryView';
import { RowLimitSelect } from '../dashboards/RowLimitSelect';
import { useRowLimit } from '../dashboards/useRowLimit';
import { useFilters } from '../filters/useFilters';
import type { CrowdingData } from './api';
import { MunicipalityCrowdingTable } from './MunicipalityCrowdingTable';
import { ProvinceCrowdingTable } from './ProvinceCrowdingTable';
import { ProvinceSelect } from './ProvinceSelect';
import { useCrowding } from './queries';

/** Where it is crowded: municipalities and provinces ranked by the crowding index. */
export function CrowdingView() {
  const { t } = useTranslation('dashboards');
  const crowding = useCrowding();
  return (
    <div aria-busy={crowding.status === 'loading' || undefined}>
      <p className="dsv-note">{t('crowding.definition')}</p>
      <QueryView result={crowding}>{(data) => <CrowdingRankings data={data} />}</QueryView>
    </div>
  );
}

function CrowdingRankings({ data }: { data: CrowdingData }) {
  const { t } = useTranslation('dashboards');
  const [filters, setFilters] = useFilters();
  const [limit, choice, setChoice] = useRowLimit('gemeenten');
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
      <DashboardSection title={t('crowding.municipalitiesTitle')} intro={t('crowding.municipalitiesIntro')}>
        <RowLimitSelect choice={choice} onChange={setChoice} total={municipalities.length}>
          <ProvinceSelect
            provinces={data.provinces.map((p) => p.province)}
            value={selected}
            onChange={(provinces) => setFilters({ provinces })}
          />
        </RowLimitSelect>
        <MunicipalityCrowdingTable rows={municipalities} limit={limit} />
      </DashboardSection>
      <DashboardSection title={t('crowding.provincesTitle')} intro={t('crowding.provincesIntro')}>
        <ProvinceCrowdingTable rows={data.provinces} centres={centres} selected={selected} />
      </DashboardSection>
    </>
  );
}
