import { Button, Checkbox, FormField, FormLabel, Textbox } from '@utrecht/component-library-react';
import { useId, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { SetView } from '../state/useNetworkView';
import type { ViewState } from '../state/viewState';

interface TablesScopeProps {
  view: ViewState;
  setView: SetView;
}

/** What the tables graph shows: duplicates only or everything, the shared parties, and the text whose matches stand out. */
export function TablesScope({ view, setView }: TablesScopeProps) {
  const { t } = useTranslation('network');
  const partiesId = useId();
  const markId = useId();

  function mark(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const text = new FormData(event.currentTarget).get('mark');
    if (typeof text === 'string') setView({ mark: text.trim() });
  }

  return (
    <div className="dsv-network__tables-scope">
      <Button type="button" appearance="secondary-action-button" onClick={() => setView({ allTables: !view.allTables })}>
        {view.allTables ? t('tables.onlyDuplicates') : t('tables.full')}
      </Button>
      {!view.allTables && (
        <FormField type="checkbox" className="dsv-control">
          <Checkbox id={partiesId} checked={view.sharedParties} onChange={(e) => setView({ sharedParties: e.target.checked })} />
          <FormLabel htmlFor={partiesId} type="checkbox">
            {t('tables.sharedParties')}
          </FormLabel>
        </FormField>
      )}
      <form role="search" aria-label={t('tables.markLabel')} className="dsv-network__mark" onSubmit={mark}>
        <FormLabel htmlFor={markId}>{t('tables.markLabel')}</FormLabel>
        <span className="dsv-network__search-row">
          <Textbox id={markId} name="mark" type="search" defaultValue={view.mark} key={view.mark} autoComplete="off" />
          <Button type="submit" appearance="secondary-action-button">
            {t('tables.mark')}
          </Button>
        </span>
      </form>
    </div>
  );
}
