import { useTranslation } from 'react-i18next';
import { sideBySide, type Side } from '../tables/comparison';
import { SidedTable } from '../tables/SidedTable';
import { useFormat } from '../ui/format';
import { useLabels } from '../ui/labels';
import { Section } from '../ui/page/Section';
import { PartyLink } from '../ui/PartyLink';
import type { Column } from '../ui/table/columns';
import { DataTable } from '../ui/table/DataTable';
import type { PartnershipSide } from './api';

interface Attribute {
  key: string;
  label: string;
  a: string;
  b: string;
}

type Member = PartnershipSide['members'][number]['party'];

/** The attributes of two partnerships, then their members, themes, networks and tables, each marked as shared or one's own. */
export function PairSides({ a, b }: { a: PartnershipSide; b: PartnershipSide }) {
  const { t, i18n } = useTranslation('compare');
  const labels = useLabels();
  const format = useFormat();
  const locale = i18n.language;
  const where = {
    label: t('where'),
    side: (side: Side) => (side === 'both' ? t('both') : t('only', { name: side === 'a' ? a.name : b.name })),
  };
  const both = (key: string, label: string, get: (x: PartnershipSide) => string): Attribute => ({ key, label, a: get(a), b: get(b) });
  const attributes: Attribute[] = [
    both('id', t('id'), (x) => x.id),
    both('phase', t('phase'), (x) => labels.phase(x.phase) || '–'),
    both('startYear', t('startYear'), (x) => (x.startYear ? String(x.startYear) : '–')),
    both('members', t('memberCount'), (x) => format.integer(x.members.length)),
    both('municipalities', t('municipalityCount'), (x) => format.integer(x.municipalities.length)),
    both('tables', t('tableCount'), (x) => format.integer(x.tables.length)),
  ];
  const attributeColumns: Column<Attribute>[] = [
    { key: 'attribute', label: t('attribute'), value: (r) => r.label, rowHeader: true, sortable: false },
    { key: 'a', label: a.name, value: (r) => r.a, sortable: false },
    { key: 'b', label: b.name, value: (r) => r.b, sortable: false },
  ];
  const named = (items: readonly string[]) => items.map((x) => ({ id: x, name: x }));
  return (
    <>
      <Section title={t('attributesTitle')}>
        <DataTable
          id="vergelijk-kenmerken"
          caption={t('attributesCaption')}
          columns={attributeColumns}
          rows={attributes}
          rowKey={(r) => r.key}
        />
      </Section>
      <Section title={t('membersTitle')} intro={t('membersIntro')}>
        <SidedTable<Member>
          id="vergelijk-partijen"
          caption={t('membersCaption')}
          a={a}
          b={b}
          where={where}
          columns={[
            {
              key: 'party',
              label: t('party'),
              value: (r) => r.item.name,
              rowHeader: true,
              render: (r) => <PartyLink id={r.item.id}>{r.item.name}</PartyLink>,
            },
            { key: 'domain', label: t('domain'), value: (r) => labels.domain(r.item.domain) },
          ]}
          rows={sideBySide(
            a.members.map((m) => m.party),
            b.members.map((m) => m.party),
            (p) => p.id,
            locale,
          )}
          rowKey={(r) => r.item.id}
        />
      </Section>
      <Section title={t('themesTitle')}>
        <SidedTable
          id="vergelijk-themas"
          caption={t('themesCaption')}
          a={a}
          b={b}
          where={where}
          columns={[{ key: 'theme', label: t('theme'), value: (r) => labels.theme(r.item.name), rowHeader: true }]}
          rows={sideBySide(named(a.themes), named(b.themes), (x) => x.id, locale)}
          rowKey={(r) => r.item.id}
        />
      </Section>
      <Section title={t('networksTitle')}>
        <SidedTable
          id="vergelijk-netwerken"
          caption={t('networksCaption')}
          a={a}
          b={b}
          where={where}
          columns={[{ key: 'network', label: t('network'), value: (r) => labels.network(r.item.key, r.item.name), rowHeader: true }]}
          rows={sideBySide(a.networks, b.networks, (n) => n.key, locale)}
          rowKey={(r) => r.item.key}
        />
      </Section>
      <Section title={t('tablesTitle')} intro={t('tablesIntro')}>
        <SidedTable
          id="vergelijk-tafels"
          caption={t('tablesCaption')}
          a={a}
          b={b}
          where={where}
          columns={[
            { key: 'table', label: t('table'), value: (r) => r.item.name, rowHeader: true },
            { key: 'theme', label: t('theme'), value: (r) => (r.item.theme ? labels.theme(r.item.theme) : null) },
          ]}
          rows={sideBySide(a.tables, b.tables, (x) => x.id, locale)}
          rowKey={(r) => r.item.id}
        />
      </Section>
    </>
  );
}
