import { Paragraph } from '@utrecht/component-library-react';
import { useTranslation } from 'react-i18next';
import { useFormat } from '../ui/format';
import { useLabels } from '../ui/labels';
import { Section } from '../ui/page/Section';
import type { Column } from '../ui/table/columns';
import { DataTable } from '../ui/table/DataTable';
import type { PartyDetail } from './api';

interface LoadRow {
  key: string;
  label: string;
  load: number;
}

/** The party's load (partnerships + tables) against the parties of its domain. */
export function PartyLoadSection({ party }: { party: PartyDetail }) {
  const { t } = useTranslation('party');
  const labels = useLabels();
  const format = useFormat();
  const d = party.domainLoad;
  const domain = labels.domain(d.domain);
  const rows: LoadRow[] = [
    { key: 'party', label: party.name, load: d.load },
    { key: 'median', label: t('load.median', { domain }), load: d.median },
    { key: 'highest', label: t('load.highest', { domain }), load: d.highest },
  ];
  const columns: Column<LoadRow>[] = [
    { key: 'label', label: t('load.who'), value: (r) => r.label, rowHeader: true, sortable: false },
    { key: 'load', label: t('load.load'), value: (r) => r.load, format: 'decimal', sortable: false },
  ];
  return (
    <Section title={t('load.title')} intro={t('load.intro')}>
      <Paragraph data-testid="party-load">
        {t('load.summary', {
          load: format.number(d.load, 'integer'),
          partnerships: format.number(d.partnerships, 'integer'),
          tables: format.number(d.tables, 'integer'),
          rank: format.number(d.rank, 'integer'),
          parties: format.number(d.parties, 'integer'),
          domain,
        })}
      </Paragraph>
      <DataTable id="partij-belasting" caption={t('load.caption', { domain })} columns={columns} rows={rows} rowKey={(r) => r.key} />
    </Section>
  );
}
