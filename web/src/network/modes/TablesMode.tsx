import { useTranslation } from 'react-i18next';
import { useTablesGraph } from '../api/useGraphs';
import { MIN_JACCARD_CHOICES } from '../state/viewState';
import { GraphQueryView } from '../view/GraphQueryView';
import { ChoiceGroup } from './ChoiceGroup';
import type { ModeProps } from './NetworksMode';

/** Tables mode: governance tables and their parties, duplicate pairs highlighted, the busiest parties standing out. */
export function TablesMode({ view, setView, filters }: ModeProps) {
  const { t, i18n } = useTranslation('network');
  const query = useTablesGraph(filters, view.minJaccard);
  const format = (j: number) => new Intl.NumberFormat(i18n.language, { minimumFractionDigits: 1 }).format(j);
  const choices = [...new Set([...MIN_JACCARD_CHOICES, view.minJaccard])].sort().map((j) => ({ value: j, label: format(j) }));

  return (
    <GraphQueryView
      query={query}
      view={view}
      setView={setView}
      caption={t('figure.captions.tables', { min: format(view.minJaccard) })}
      controls={
        <ChoiceGroup
          legend={t('minJaccard.label')}
          hint={t('minJaccard.hint')}
          value={view.minJaccard}
          choices={choices}
          onChange={(minJaccard) => setView({ minJaccard })}
        />
      }
    />
  );
}
