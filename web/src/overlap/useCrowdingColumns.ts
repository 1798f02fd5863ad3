import { useTranslation } from 'react-i18next';
import type { Column } from '../ui/table/columns';

interface CrowdingParts {
  partnerships: number;
  networks: number;
  tables: number;
  parties: number;
  index: number;
}

/** The parts of the crowding index (DESIGN.md §4) and the index itself, as columns. */
export function useCrowdingColumns<Row extends CrowdingParts>(): Column<Row>[] {
  const { t } = useTranslation('overlap');
  return [
    { key: 'partnerships', label: t('crowding.partnerships'), value: (r) => r.partnerships, format: 'integer' },
    { key: 'networks', label: t('crowding.networks'), value: (r) => r.networks, format: 'integer' },
    { key: 'tables', label: t('crowding.tables'), value: (r) => r.tables, format: 'integer' },
    { key: 'parties', label: t('crowding.parties'), value: (r) => r.parties, format: 'integer' },
    { key: 'index', label: t('crowding.index'), value: (r) => r.index, format: 'integer' },
  ];
}
