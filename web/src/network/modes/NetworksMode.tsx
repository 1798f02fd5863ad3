import { useTranslation } from 'react-i18next';
import type { Filters } from '../../filters/filters';
import { useNetworksGraph } from '../api/useGraphs';
import type { SetView } from '../state/useNetworkView';
import { BASES, type ViewState } from '../state/viewState';
import { GraphQueryView } from '../view/GraphQueryView';
import { ChoiceGroup } from './ChoiceGroup';

interface ModeProps {
  view: ViewState;
  setView: SetView;
  filters: Filters;
}

/** Networks mode: the national networks and how much they overlap, in partnerships, parties or municipalities. */
export function NetworksMode({ view, setView, filters }: ModeProps) {
  const { t } = useTranslation('network');
  const query = useNetworksGraph(view.basis, filters);
  const basis = t(`basis.${view.basis}`).toLowerCase();

  return (
    <GraphQueryView
      query={query}
      view={view}
      setView={setView}
      caption={t('figure.captions.networks', { basis })}
      controls={
        <ChoiceGroup
          legend={t('basis.legend')}
          value={view.basis}
          choices={BASES.map((b) => ({ value: b, label: t(`basis.${b}`) }))}
          onChange={(b) => setView({ basis: b })}
        />
      }
    />
  );
}

export type { ModeProps };
