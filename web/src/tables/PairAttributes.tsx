import { useTranslation } from 'react-i18next';
import type { Column } from '../ui/table/columns';
import { DataTable } from '../ui/table/DataTable';
import { useFormat } from '../ui/format';
import { useLabels } from '../ui/labels';
import type { TableDetail } from './api';

interface Attribute {
  key: string;
  label: string;
  a: string;
  b: string;
}

/** Two tables' level, theme, convener and sizes, in two columns. */
export function PairAttributes({ a, b }: { a: TableDetail; b: TableDetail }) {
  const { t } = useTranslation('tables');
  const format = useFormat();
  const labels = useLabels();
  const level = (x: TableDetail) => labels.level(x.level) || '–';
  const both = (key: string, label: string, get: (x: TableDetail) => string): Attribute => ({ key, label, a: get(a), b: get(b) });
  const rows: Attribute[] = [
    both('id', t('compare.id'), (x) => x.id),
    both('level', t('compare.level'), level),
    both('theme', t('compare.theme'), (x) => (x.theme ? labels.theme(x.theme) : '–')),
    both('convenedBy', t('compare.convenedBy'), (x) => x.convenedBy?.name ?? '–'),
    both('parties', t('compare.partyCount'), (x) => format.integer(x.parties.length)),
    both('municipalities', t('compare.municipalityCount'), (x) => format.integer(x.municipalities.length)),
  ];
  const columns: Column<Attribute>[] = [
    { key: 'attribute', label: t('compare.attribute'), value: (r) => r.label, rowHeader: true, sortable: false },
    { key: 'a', label: a.name, value: (r) => r.a, sortable: false },
    { key: 'b', label: b.name, value: (r) => r.b, sortable: false },
  ];
  return <DataTable id="paar-kenmerken" caption={t('compare.attributesCaption')} columns={columns} rows={rows} rowKey={(r) => r.key} />;
}
