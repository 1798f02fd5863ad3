import {
  Alert,
  ButtonGroup,
  Checkbox,
  FormField,
  FormFieldDescription,
  FormLabel,
  Paragraph,
  PrimaryActionButton,
  SecondaryActionButton,
} from '@utrecht/component-library-react';
import { useId, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { LoadingState } from '../layout/LoadingState';
import { PlacePage } from '../layout/PlacePage';
import { DataTable } from '../ui/table/DataTable';
import type { Column } from '../ui/table/columns';
import { sendImport, type FileDiff, type ImportAnswer } from './importApi';

/** `/importeren` (ADMIN): upload a .zip of CSV files or an .xlsx; check it (dry run), then import it. */
export function ImportPage() {
  const { t } = useTranslation('living');
  const fileId = useId();
  const replaceId = useId();
  const [file, setFile] = useState<File | null>(null);
  const [replace, setReplace] = useState(false);
  const [answer, setAnswer] = useState<ImportAnswer | null>(null);
  const [running, setRunning] = useState<null | 'check' | 'import'>(null);
  const [progress, setProgress] = useState(0);

  const run = async (dryRun: boolean) => {
    if (!file) return;
    setRunning(dryRun ? 'check' : 'import');
    setProgress(0);
    setAnswer(await sendImport(file, { dryRun, replace }, setProgress));
    setRunning(null);
  };

  const columns = useMemo<Column<FileDiff>[]>(
    () => [
      { key: 'file', label: t('import.file'), value: (d) => `${d.file}`, rowHeader: true },
      { key: 'created', label: t('import.created'), value: (d) => d.created, format: 'integer' },
      { key: 'updated', label: t('import.updated'), value: (d) => d.updated, format: 'integer' },
      { key: 'archived', label: t('import.archived'), value: (d) => d.archived, format: 'integer' },
      {
        key: 'examples',
        label: t('import.examples'),
        value: (d) => [...d.examples.created, ...d.examples.updated, ...d.examples.archived].join(', '),
        sortable: false,
      },
    ],
    [t],
  );

  return (
    <PlacePage title={t('import.title')} intro={t('import.intro')}>
      <form className="dsv-form" onSubmit={(e) => e.preventDefault()}>
        <FormField type="text">
          <div className="utrecht-form-field__label">
            <FormLabel htmlFor={fileId}>{t('import.choose')}</FormLabel>
          </div>
          <FormFieldDescription>{t('import.chooseHelp')}</FormFieldDescription>
          <div className="utrecht-form-field__input">
            <input
              id={fileId}
              className="utrecht-textbox"
              type="file"
              accept=".zip,.xlsx,application/zip,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
              onChange={(e) => (setFile(e.target.files?.[0] ?? null), setAnswer(null))}
            />
          </div>
        </FormField>
        <FormField type="checkbox">
          <div className="utrecht-form-field__input">
            <Checkbox
              id={replaceId}
              checked={replace}
              onChange={(e) => (setReplace((e.target as HTMLInputElement).checked), setAnswer(null))}
            />
          </div>
          <div className="utrecht-form-field__label">
            <FormLabel htmlFor={replaceId} type="checkbox">
              {t('import.replace')}
            </FormLabel>
          </div>
        </FormField>
        <ButtonGroup>
          <SecondaryActionButton type="button" disabled={!file || running !== null} onClick={() => void run(true)}>
            {t('import.check')}
          </SecondaryActionButton>
          <PrimaryActionButton
            type="button"
            disabled={!file || running !== null || !(answer?.ok && answer.dryRun)}
            onClick={() => void run(false)}
          >
            {t('import.commit')}
          </PrimaryActionButton>
        </ButtonGroup>
      </form>
      {running && (
        <LoadingState label={t(running === 'check' ? 'import.checking' : 'import.importing', { percent: Math.round(progress * 100) })} />
      )}
      {answer && !answer.ok && (
        <Alert type="error">
          <Paragraph role="alert">{answer.lines.length ? t('import.rejected', { count: answer.lines.length }) : answer.error}</Paragraph>
          {answer.lines.length > 0 && (
            <ul className="dsv-problems">
              {answer.lines.map((line, i) => (
                <li key={i}>{line}</li>
              ))}
            </ul>
          )}
        </Alert>
      )}
      {answer?.ok && (
        <>
          <Alert type={answer.dryRun ? 'info' : 'ok'}>
            <Paragraph role="status">
              {t(answer.dryRun ? 'import.checked' : 'import.done', { origin: answer.origin, changes: answer.changes ?? 0 })}
            </Paragraph>
          </Alert>
          <DataTable
            id="import"
            name="import-diff"
            caption={t('import.diff')}
            columns={columns}
            rows={answer.files}
            rowKey={(d) => d.file}
            exportable={false}
          />
        </>
      )}
    </PlacePage>
  );
}
