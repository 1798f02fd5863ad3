import { Button, FormLabel, Paragraph, Textbox } from '@utrecht/component-library-react';
import { useId, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useGql } from '../../data/useGql';
import { NetworkSearchDocument, selectHits, type SearchHit } from '../api/search';
import { nodeKey, type NodeKind } from '../state/nodeKey';
import { PartyLink } from '../../ui/PartyLink';

interface SearchStartProps {
  /** The search text, from the URL. */
  find: string;
  onFind: (text: string) => void;
  onStart: (key: string) => void;
}

const keyOf = (hit: SearchHit) => nodeKey(hit.kind.toLowerCase() as NodeKind, hit.id);

/** Explore mode's start: search partnerships, parties, tables and municipalities by name, pick one. */
export function SearchStart({ find, onFind, onStart }: SearchStartProps) {
  const { t } = useTranslation('network');
  const inputId = useId();
  const hintId = useId();
  const hits = useGql(NetworkSearchDocument, { text: find }, { select: selectHits, enabled: find !== '' });

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const text = new FormData(event.currentTarget).get('find');
    if (typeof text === 'string') onFind(text.trim());
  }

  return (
    <div className="dsv-network__start">
      <form role="search" aria-label={t('search.label')} className="dsv-network__search" onSubmit={submit}>
        <FormLabel htmlFor={inputId}>{t('search.label')}</FormLabel>
        <span className="dsv-network__search-row">
          <Textbox id={inputId} name="find" type="search" defaultValue={find} key={find} aria-describedby={hintId} autoComplete="off" />
          <Button type="submit" appearance="primary-action-button">
            {t('search.submit')}
          </Button>
        </span>
        <Paragraph id={hintId} appearance="small">
          {t('search.hint')}
        </Paragraph>
      </form>
      {find !== '' && (
        <div role="status" className="dsv-network__hits">
          {hits.status === 'loading' && t('search.loading')}
          {hits.status === 'error' && t('search.error', { message: hits.error.message })}
          {hits.status === 'success' && hits.data.length === 0 && t('search.none', { text: find })}
          {hits.status === 'success' && hits.data.length > 0 && (
            <ul aria-label={t('search.results')}>
              {hits.data.map((hit) => (
                <li key={keyOf(hit)}>
                  <Button type="button" appearance="subtle-button" onClick={() => onStart(keyOf(hit))}>
                    {hit.name} <span className="dsv-network__hit-kind">({t(`kinds.${hit.kind.toLowerCase() as NodeKind}`)})</span>
                  </Button>
                  {hit.kind === 'PARTY' && (
                    <>
                      {' '}
                      <PartyLink id={hit.id} label={`${t('selection.party')}: ${hit.name}`}>
                        {t('selection.party')}
                      </PartyLink>
                    </>
                  )}
                </li>
              ))}
            </ul>
          )}
        </div>
      )}
    </div>
  );
}
