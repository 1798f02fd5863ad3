import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { useGql } from '../data/useGql';
import { RegionLevelChoice, useRegionLevel, type AreaLevel } from '../overlap/RegionLevelChoice';
import { useFormat } from '../ui/format';
import { Section } from '../ui/page/Section';
import { QueryView } from '../ui/QueryView';
import type { Column } from '../ui/table/columns';
import { DataTable } from '../ui/table/DataTable';
import { ChangeMap } from './ChangeMap';
import { CrowdingChangeDocument, type CrowdingChangeRow } from './changeApi';

const LEVELS = ['MUNICIPALITY', 'GGD', 'ZORGKANTOOR', 'PROVINCE'] as const satisfies readonly AreaLevel[];

/** `crowdingChange` between two dates per municipality or region: a diverging choropleth and a table ranked by the size of the change. */
export function CrowdingChangeSection({ from, to }: { from: string; to: string }) {
  const { t } = useTranslation('time');
  const { t: to_ } = useTranslation('overlap');
  const format = useFormat();
  const [level, setLevel] = useRegionLevel('verandering-niveau', LEVELS);
  const type = level === 'MUNICIPALITY' ? null : level;
  const result = useGql(CrowdingChangeDocument, { from, to, type }, { keep: true });
  const period = { from: format.date(from), to: format.date(to) };
  const per = to_(`regionMaps.per.${level}`);

  const columns = useMemo<Column<CrowdingChangeRow>[]>(
    () => [
      { key: 'name', label: to_(`regionMaps.type.${level}`), value: (r) => r.name, rowHeader: true },
      { key: 'code', label: t('change.crowding.columns.code'), value: (r) => r.code },
      { key: 'before', label: t('change.crowding.columns.before', { date: period.from }), value: (r) => r.before, format: 'integer' },
      { key: 'after', label: t('change.crowding.columns.after', { date: period.to }), value: (r) => r.after, format: 'integer' },
      {
        key: 'delta',
        label: t('change.crowding.columns.delta'),
        value: (r) => r.delta,
        format: 'integer',
        render: (r) => format.signed(r.delta),
      },
    ],
    [t, to_, level, period.from, period.to, format],
  );

  return (
    <Section title={t('change.crowding.title')} intro={t('change.crowding.intro')} busy={result.status === 'loading'}>
      <RegionLevelChoice types={LEVELS} type={level} onChange={setLevel} />
      <QueryView result={result}>
        {(data) => (
          <>
            <ChangeMap
              level={level}
              rows={data.crowdingChange}
              title={t('change.crowding.chart', { level: per, ...period })}
              description={t('change.crowding.description', { level: per })}
              name={`drukteverandering-${level === 'MUNICIPALITY' ? 'gemeente' : level.toLowerCase()}`}
            />
            <DataTable
              id="drukteverandering"
              exportName={`drukteverandering-${level === 'MUNICIPALITY' ? 'gemeente' : level.toLowerCase()}`}
              caption={t('change.crowding.caption', { level: per, ...period })}
              columns={columns}
              rows={data.crowdingChange}
              rowKey={(r) => r.code}
              serverOrder={null}
            />
          </>
        )}
      </QueryView>
    </Section>
  );
}
