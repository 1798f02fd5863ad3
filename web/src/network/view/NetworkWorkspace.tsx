import { Heading2, Paragraph } from '@utrecht/component-library-react';
import { useId, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { FilterBar } from '../../filters/FilterBar';
import { Workspace } from '../../layout/workspace/Workspace';
import { ModeNav } from '../modes/ModeNav';
import type { Mode } from '../state/viewState';

interface NetworkWorkspaceProps {
  mode: Mode;
  /** The mode's own controls (basis, threshold, search), above the shared filters. */
  controls?: ReactNode;
  /** The graph with its toolbar, or the state shown instead (loading, error, empty). */
  stage: ReactNode;
  details?: ReactNode;
  tables?: ReactNode;
}

/**
 * Netwerk as a workspace: the modes beside the title, the mode's controls and
 * the shared filters in the filter panel, the graph in the middle, selection
 * and legend on the right, the graph as tables below.
 */
export function NetworkWorkspace({ mode, controls, stage, details, tables }: NetworkWorkspaceProps) {
  const { t } = useTranslation();
  const { t: tn } = useTranslation('network');
  const headingId = useId();

  return (
    <Workspace
      title={t('pages.network.title')}
      intro={<Paragraph appearance="lead">{`${tn('intro')} ${tn(`modeIntro.${mode}`)}`}</Paragraph>}
      toolbar={<ModeNav mode={mode} />}
      skipLabel={tn('table.skip')}
      filters={
        <>
          {controls}
          <FilterBar asOf />
          <Paragraph appearance="small">{tn(`filterScope.${mode}`)}</Paragraph>
        </>
      }
      stage={
        <section className="dsv-network" aria-labelledby={headingId} data-mode={mode}>
          <Heading2 id={headingId} className="dsv-visually-hidden">
            {tn(`modes.${mode}`)}
          </Heading2>
          {stage}
        </section>
      }
      details={details}
      tables={tables ?? null}
    />
  );
}
