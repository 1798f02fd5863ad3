import {
  Alert,
  ButtonGroup,
  DataList,
  DataListItem,
  DataListKey,
  DataListValue,
  Heading2,
  Paragraph,
  PrimaryActionButton,
} from '@utrecht/component-library-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useDataLabel } from './texts';
import { useParams } from 'react-router';
import { ErrorState } from '../layout/ErrorState';
import { LoadingState } from '../layout/LoadingState';
import { PlacePage } from '../layout/PlacePage';
import { ChangesQuery } from './api';
import { useGql } from '../data/useGql';
import { ArchiveForm } from './ArchiveForm';
import { EditForm } from './EditForm';
import { FIELDS, type RecordKind } from './fields';
import { HistoryTable } from './HistoryTable';
import { useRecord } from './useRecord';
import { editMode, useMe } from './useMe';

const KINDS: readonly RecordKind[] = ['partnership', 'party', 'table'];

/**
 * `/gegevens/<kind>/<id>`: a partnership's, party's or table's facts, with
 * "Bewerken" or "Wijziging voorstellen" for who may, and its "Geschiedenis".
 */
export function RecordPage() {
  const { t } = useTranslation('living');
  const label = useDataLabel();
  const params = useParams();
  const kind = (KINDS as readonly string[]).includes(params.kind ?? '') ? (params.kind as RecordKind) : 'partnership';
  const id = params.id ?? '';
  const record = useRecord(kind, id);
  const history = useGql(ChangesQuery, { entityId: id, first: 200 });
  const { me } = useMe();
  const mode = editMode(me, kind, id);
  const [editing, setEditing] = useState(false);
  const [notice, setNotice] = useState<string | null>(null);

  if (record.status === 'loading') return <LoadingState label={t('record.loading')} />;
  if (record.status === 'error')
    return (
      <ErrorState title={t('record.error')} help="" detail={record.error.message} retryLabel={t('record.retry')} onRetry={record.retry} />
    );
  const loaded = record.data;
  if (!loaded) return <PlacePage title={t('record.notFoundTitle')} intro={t('record.notFound', { id })} />;

  return (
    <PlacePage
      title={loaded.name}
      intro={t(kind === 'partnership' ? 'record.intro.partnership' : kind === 'party' ? 'record.intro.party' : 'record.intro.table', {
        version: loaded.version,
      })}
    >
      {notice && (
        <Alert type="ok">
          <Paragraph role="status">{notice}</Paragraph>
        </Alert>
      )}
      {editing && mode ? (
        <EditForm
          key={`${loaded.id}-${loaded.version}`}
          record={loaded}
          mode={mode}
          onCancel={() => setEditing(false)}
          onDone={(message) => {
            setEditing(false);
            setNotice(message);
          }}
        />
      ) : (
        <>
          <DataList className="dsv-record">
            {FIELDS[kind].map((f) => (
              <DataListItem key={f.name}>
                <DataListKey>{label('fields', f.name)}</DataListKey>
                <DataListValue className="dsv-pre" data-field={f.name}>
                  {loaded.values[f.name] || '—'}
                </DataListValue>
              </DataListItem>
            ))}
          </DataList>
          {mode && (
            <ButtonGroup>
              <PrimaryActionButton type="button" onClick={() => (setNotice(null), setEditing(true))}>
                {t(mode === 'edit' ? 'record.edit' : 'record.propose')}
              </PrimaryActionButton>
            </ButtonGroup>
          )}
          {mode === 'edit' && kind === 'partnership' && <ArchiveForm key={loaded.version} record={loaded} onDone={setNotice} />}
        </>
      )}
      <Heading2>{t('record.history')}</Heading2>
      {history.status === 'success' ? (
        <HistoryTable
          id="geschiedenis"
          caption={t('record.historyCaption', { name: loaded.name })}
          changes={history.data.changes}
          showRecord={false}
        />
      ) : (
        <LoadingState label={t('record.loading')} />
      )}
    </PlacePage>
  );
}
