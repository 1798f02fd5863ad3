import { useTranslation } from 'react-i18next';
import { useLabels } from '../ui/labels';
import { Section } from '../ui/page/Section';
import type { Column } from '../ui/table/columns';
import { DataTable } from '../ui/table/DataTable';
import type { PartyDetail, PartyTable } from './api';
import { CountTable } from './CountTable';
import { countBy } from './counts';

/** The tables the party sits at, counted by province and by theme, and listed. */
export function PartyTablesSection({ party }: { party: PartyDetail }) {
  const { t } = useTranslation('party');
  const labels = useLabels();
  const none = t('tables.none');
  const columns: Column<PartyTable>[] = [
    { key: 'name', label: t('tables.name'), value: (r) => r.name, rowHeader: true },
    { key: 'theme', label: t('tables.theme'), value: (r) => (r.theme ? labels.theme(r.theme) : null) },
    { key: 'level', label: t('tables.level'), value: (r) => labels.level(r.level) || null },
    { key: 'provinces', label: t('tables.provinces'), value: (r) => r.provinces.join(', ') || null },
    { key: 'id', label: t('tables.id'), value: (r) => r.id, shown: false },
  ];
  return (
    <Section title={t('tables.title')} intro={t('tables.intro')}>
      <div className="dsv-party-counts">
        <CountTable
          id="partij-tafels-provincie"
          caption={t('tables.byProvince')}
          keyLabel={t('tables.province')}
          countLabel={t('tables.count')}
          rows={countBy(party.tables, (r) => (r.provinces.length > 0 ? r.provinces : [none]))}
        />
        <CountTable
          id="partij-tafels-thema"
          caption={t('tables.byTheme')}
          keyLabel={t('tables.theme')}
          countLabel={t('tables.count')}
          rows={countBy(party.tables, (r) => [r.theme ?? none])}
          label={(k) => (k === none ? k : labels.theme(k))}
        />
      </div>
      <DataTable
        id="partij-tafels"
        caption={t('tables.caption', { name: party.name })}
        columns={columns}
        rows={party.tables}
        rowKey={(r) => r.id}
      />
    </Section>
  );
}
