import { Alert, FormFieldTextbox, Heading2, Paragraph, SecondaryActionButton } from '@utrecht/component-library-react';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { mutate } from '../data/mutate';
import { RequestError } from '../data/request';
import { ArchivePartnershipMutation } from './api';
import type { LoadedRecord } from './records';

interface ArchiveFormProps {
  record: LoadedRecord;
  onDone: (message: string) => void;
}

/**
 * "Beëindigen of archiveren" (EDITOR): with a date ("gestopt op") the
 * partnership ends on that day and earlier views keep it; without one it is
 * archived and leaves every view. Either way its history stays.
 */
export function ArchiveForm({ record, onDone }: ArchiveFormProps) {
  const { t } = useTranslation('living');
  const [validTo, setValidTo] = useState('');
  const [reason, setReason] = useState('');
  const [error, setError] = useState<{ field: string | null; message: string } | null>(null);
  const [busy, setBusy] = useState(false);

  async function submit(event: FormEvent) {
    event.preventDefault();
    setBusy(true);
    setError(null);
    const date = validTo.trim() === '' ? null : validTo.trim();
    try {
      await mutate(ArchivePartnershipMutation, { id: record.id, version: record.version, reason: reason.trim() || null, validTo: date });
      onDone(date ? t('archive.ended', { date }) : t('archive.archived'));
    } catch (e) {
      const field = e instanceof RequestError && typeof e.extensions?.field === 'string' ? e.extensions.field : null;
      setError({ field, message: e instanceof Error ? e.message : String(e) });
    } finally {
      setBusy(false);
    }
  }

  return (
    <form className="dsv-form" onSubmit={submit} noValidate aria-labelledby="archive-title">
      <Heading2 id="archive-title">{t('archive.title')}</Heading2>
      <Paragraph>{t('archive.intro')}</Paragraph>
      {error && error.field !== 'validTo' && (
        <Alert type="error">
          <Paragraph role="alert">{error.message}</Paragraph>
        </Alert>
      )}
      <FormFieldTextbox
        label={t('archive.validTo')}
        description={t('archive.validToHelp')}
        name="validTo"
        type="date"
        value={validTo}
        invalid={error?.field === 'validTo'}
        errorMessage={error?.field === 'validTo' ? error.message : undefined}
        onChange={(e: { target: EventTarget }) => setValidTo((e.target as HTMLInputElement).value)}
      />
      <FormFieldTextbox
        label={t('archive.reason')}
        description={t('archive.reasonHelp')}
        name="reason"
        value={reason}
        onChange={(e: { target: EventTarget }) => setReason((e.target as HTMLInputElement).value)}
      />
      <SecondaryActionButton type="submit" disabled={busy}>
        {validTo.trim() ? t('archive.end') : t('archive.archive')}
      </SecondaryActionButton>
    </form>
  );
}
