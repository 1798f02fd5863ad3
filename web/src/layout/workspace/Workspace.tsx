import { Heading1 } from '@utrecht/component-library-react';
import { useId, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useDocumentTitle } from '../useDocumentTitle';
import { PanelToggle } from './PanelToggle';
import { usePanelOpen } from './usePanelOpen';
import './workspace.css';

interface WorkspaceProps {
  title: string;
  /** One or two sentences; shown under the title on wide screens, behind "Uitleg" on narrow ones. */
  intro: string;
  /** Controls beside the title (e.g. the network page's modes). */
  toolbar?: ReactNode;
  /** The filter form: a collapsible panel on the left. */
  filters: ReactNode;
  /** The map or graph: fills the space between the panels and the viewport height. */
  stage: ReactNode;
  /** The details of the selection, legend and the like: a panel on the right. */
  details: ReactNode;
  /** The table alternative below the stage, reached by the skip link. */
  tables: ReactNode;
  /** The label of the skip link to the tables ("Naar de tabel"). */
  skipLabel: string;
}

/**
 * The frame of a visual place (map, graph): title and tools in one line, the
 * visual filling the viewport between a collapsible filter panel and a
 * details panel, and the same content as tables below, one skip link away.
 * On a phone the panels stack above and below the visual.
 */
export function Workspace({ title, intro, toolbar, filters, stage, details, tables, skipLabel }: WorkspaceProps) {
  const { t } = useTranslation();
  useDocumentTitle(title);
  const tablesId = useId();
  const filtersId = useId();
  const [filtersOpen, setFiltersOpen] = usePanelOpen();
  const [introOpen, setIntroOpen] = useState(false);

  return (
    <div className="dsv-workspace" data-filters={filtersOpen ? 'open' : 'closed'}>
      <div className="dsv-workspace__head">
        <Heading1 className="dsv-workspace__title">{title}</Heading1>
        {toolbar}
        <div className="dsv-workspace__tools">
          <PanelToggle controls={filtersId} open={filtersOpen} onToggle={setFiltersOpen} label={t('workspace.filters')} />
          <PanelToggle open={introOpen} onToggle={setIntroOpen} label={t('workspace.about')} controls={`${filtersId}-intro`} />
          <a className="utrecht-link dsv-workspace__skip" href={`#${tablesId}`}>
            {skipLabel}
          </a>
        </div>
      </div>
      <p id={`${filtersId}-intro`} className="dsv-workspace__intro" hidden={!introOpen}>
        {intro}
      </p>
      <div className="dsv-workspace__body">
        <aside className="dsv-workspace__filters" id={filtersId} hidden={!filtersOpen} aria-label={t('workspace.filters')}>
          {filters}
        </aside>
        <div className="dsv-workspace__stage">{stage}</div>
        <aside className="dsv-workspace__details" aria-label={t('workspace.details')}>
          {details}
        </aside>
      </div>
      <section id={tablesId} tabIndex={-1} className="dsv-workspace__tables" aria-label={skipLabel}>
        {tables}
      </section>
    </div>
  );
}
