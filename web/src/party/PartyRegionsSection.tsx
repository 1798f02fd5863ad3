import { useTranslation } from 'react-i18next';
import { Section } from '../ui/page/Section';
import type { Column } from '../ui/table/columns';
import { DataTable } from '../ui/table/DataTable';
import type { PartyDetail } from './api';
import { provincesOf } from './counts';

interface RegionRow {
  region: string;
  partnerships: number;
  tables: number;
}

/** Where the party works: per province, its partnerships active there and its tables covering it. */
export function PartyRegionsSection({ party }: { party: PartyDetail }) {
  const { t } = useTranslation('party');
  const rows = new Map<string, RegionRow>();
  const row = (region: string) => rows.get(region) ?? rows.set(region, { region, partnerships: 0, tables: 0 }).get(region)!;
  for (const p of party.partnerships) for (const province of provincesOf(p)) row(province).partnerships++;
  for (const table of party.tables) for (const province of table.provinces) row(province).tables++;
  const sorted = [...rows.values()].sort(
    (a, b) => b.partnerships + b.tables - (a.partnerships + a.tables) || a.region.localeCompare(b.region, 'nl'),
  );
  const columns: Column<RegionRow>[] = [
    { key: 'region', label: t('regions.province'), value: (r) => r.region, rowHeader: true },
    { key: 'partnerships', label: t('regions.partnerships'), value: (r) => r.partnerships, format: 'integer' },
    { key: 'tables', label: t('regions.tables'), value: (r) => r.tables, format: 'integer' },
  ];
  return (
    <Section title={t('regions.title')} intro={t('regions.intro')}>
      <DataTable
        id="partij-regio"
        caption={t('regions.caption', { name: party.name })}
        columns={columns}
        rows={sorted}
        rowKey={(r) => r.region}
      />
    </Section>
  );
}
