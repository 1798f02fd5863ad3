import { Button, Heading1 } from '@utrecht/component-library-react';
import { useId, useRef, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useDocumentTitle } from '../useDocumentTitle';
import { SkipToTable } from './SkipToTable';
import { useFillViewport } from './useFillViewport';
import './workspace.css';

/** Below this width the panels stack, and the filters start folded. */
const WIDE = '(min-width: 64em)';

interface WorkspaceProps {
  title: string;
  /** Live counts beside the title (e.g. "487 samenwerkingsverbanden op de kaart"). */
  status?: ReactNode;
  /** Controls beside the title (e.g. the network page's modes). */
  toolbar?: ReactNode;
  /** The filter form: a foldable panel on the left. */
  filters: ReactNode;
  /** The map or graph: fills the room between the panels, down to the bottom of the window. */
  stage: ReactNode;
  /** Details of the selection: a panel on the right. */
  details: ReactNode;
  /** What explains the place, below the fold. */
  intro?: ReactNode;
  /** The table alternative (and exports) below the fold, reached by the skip link. */
  tables: ReactNode;
  /** The skip link's text; "Naar de tabel" by default. */
  skipLabel?: string;
}

/**
 * The frame of a visual place (map, graph): a slim bar (title, counts,
 * controls, filter toggle, skip link), then filters | stage | details filling
 * the window under the header, then the explanation and the tables below the
 * fold. Narrow screens stack the panels; the filters then start folded.
 */
export function Workspace({ title, status, toolbar, filters, stage, details, intro, tables, skipLabel }: WorkspaceProps) {
  const { t } = useTranslation();
  useDocumentTitle(title);
  const [filtersOpen, setFiltersOpen] = useState(() => window.matchMedia(WIDE).matches);
  const body = useRef<HTMLDivElement>(null);
  const filtersId = useId();
  const tablesId = useId();
  useFillViewport(body);

  return (
    <>
      <div className="dsv-workspace">
        <div className="dsv-workspace__bar">
          <Heading1>{title}</Heading1>
          {toolbar}
          {status && <div className="dsv-workspace__status">{status}</div>}
          <div className="dsv-workspace__actions">
            <Button
              type="button"
              appearance="secondary-action-button"
              aria-expanded={filtersOpen}
              aria-controls={filtersId}
              onClick={() => setFiltersOpen((open) => !open)}
            >
              {filtersOpen ? t('workspace.hideFilters') : t('workspace.showFilters')}
            </Button>
            <SkipToTable target={tablesId} label={skipLabel ?? t('workspace.skipToTable')} />
          </div>
        </div>
        <div ref={body} className={filtersOpen ? 'dsv-workspace__body' : 'dsv-workspace__body dsv-workspace__body--folded'}>
          <section id={filtersId} className="dsv-workspace__filters" aria-label={t('workspace.filters')} hidden={!filtersOpen}>
            {filters}
          </section>
          <div className="dsv-workspace__stage">{stage}</div>
          <div className="dsv-workspace__details">{details}</div>
        </div>
      </div>
      {intro && <div className="dsv-workspace__intro">{intro}</div>}
      <div id={tablesId} tabIndex={-1} className="dsv-workspace__tables">
        {tables}
      </div>
    </>
  );
}
