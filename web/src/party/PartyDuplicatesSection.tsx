import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { JaccardSlider } from '../tables/JaccardSlider';
import { useMinJaccard } from '../tables/useMinJaccard';
import { useLabels } from '../ui/labels';
import { tablePairLink } from '../ui/links';
import { Section } from '../ui/page/Section';
import { QueryView } from '../ui/QueryView';
import type { Column } from '../ui/table/columns';
import { DataTable } from '../ui/table/DataTable';
import type { PartyDetail } from './api';
import { usePartyDuplicates } from './queries';

interface Pair {
  a: string;
  b: string;
  shared: number;
  jaccard: number;
  sharedMunicipalities: number;
}

/** The pairs of tables with largely the same parties at both of which this party sits; each opens side by side on Tafels. */
export function PartyDuplicatesSection({ party }: { party: PartyDetail }) {
  const { t } = useTranslation('party');
  const labels = useLabels();
  const [params] = useSearchParams();
  const [minJaccard, setMinJaccard] = useMinJaccard();
  const pairs = usePartyDuplicates(party.id, minJaccard);
  const tables = new Map(party.tables.map((x) => [x.id, x]));
  const name = (id: string) => tables.get(id)?.name ?? id;
  const theme = (p: Pair) => {
    const [a, b] = [tables.get(p.a)?.theme, tables.get(p.b)?.theme].map((x) => (x ? labels.theme(x) : '–'));
    return a === b ? a! : `${a} / ${b}`;
  };
  const columns: Column<Pair>[] = [
    { key: 'a', label: t('duplicates.a'), value: (p) => name(p.a), rowHeader: true },
    { key: 'b', label: t('duplicates.b'), value: (p) => name(p.b) },
    { key: 'theme', label: t('duplicates.theme'), value: theme },
    { key: 'jaccard', label: t('duplicates.jaccard'), value: (p) => p.jaccard, format: 'jaccard' },
    { key: 'shared', label: t('duplicates.shared'), value: (p) => p.shared, format: 'integer' },
    { key: 'sharedMunicipalities', label: t('duplicates.sharedMunicipalities'), value: (p) => p.sharedMunicipalities, format: 'integer' },
    { key: 'idA', label: t('duplicates.idA'), value: (p) => p.a, shown: false },
    { key: 'idB', label: t('duplicates.idB'), value: (p) => p.b, shown: false },
    {
      key: 'compare',
      label: t('duplicates.compareColumn'),
      value: (p) => `${p.a},${p.b}`,
      sortable: false,
      exported: false,
      render: (p) => (
        <Link
          className="utrecht-link utrecht-link--html-a"
          to={tablePairLink(params, p, minJaccard)}
          aria-label={t('duplicates.compareLabel', { a: name(p.a), b: name(p.b) })}
        >
          {t('duplicates.compare')}
        </Link>
      ),
    },
  ];
  return (
    <Section title={t('duplicates.title')} intro={t('duplicates.intro')} busy={pairs.status === 'loading'}>
      <JaccardSlider value={minJaccard} onChange={setMinJaccard} />
      <QueryView result={pairs}>
        {(rows) => (
          <DataTable
            id="partij-dubbel"
            caption={t('duplicates.caption', { name: party.name })}
            columns={columns}
            rows={rows}
            rowKey={(p) => `${p.a},${p.b}`}
            serverOrder={{ key: 'jaccard', direction: 'descending' }}
          />
        )}
      </QueryView>
    </Section>
  );
}
