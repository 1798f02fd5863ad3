import { Alert, ButtonGroup, Paragraph, PrimaryActionButton, SecondaryActionButton } from '@utrecht/component-library-react';
import { useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { ConflictView } from './ConflictView';
import { FieldControl } from './FieldControl';
import { FIELDS, fieldText, type FormValues } from './fields';
import type { LoadedRecord } from './records';
import { save, type SaveOutcome } from './save';

interface EditFormProps {
  record: LoadedRecord;
  mode: 'edit' | 'propose';
  onDone: (message: string) => void;
  onCancel: () => void;
}

const valuesOf = (current: Record<string, unknown>, kind: LoadedRecord['kind']): FormValues =>
  Object.fromEntries(FIELDS[kind].map((f) => [f.name, fieldText(f, current)]));

/**
 * "Bewerken" (EDITOR) or "Wijziging voorstellen" (CONTRIBUTOR): the record's
 * fields, sent as changed fields with the version they were read at; errors
 * appear at their fields, a conflict beside your own values.
 */
export function EditForm({ record, mode, onDone, onCancel }: EditFormProps) {
  const { t } = useTranslation('living');
  const [values, setValues] = useState<FormValues>(record.values);
  const [initial, setInitial] = useState<FormValues>(record.values);
  const [version, setVersion] = useState(record.version);
  const [outcome, setOutcome] = useState<SaveOutcome | null>(null);
  const [busy, setBusy] = useState(false);
  const summary = useRef<HTMLDivElement>(null);

  async function send(base: FormValues, at: number, wanted: FormValues = values) {
    setBusy(true);
    const result = await save(record.kind, record.id, at, base, wanted).catch((e: unknown) => ({
      kind: 'failed' as const,
      message: String(e),
    }));
    setBusy(false);
    setOutcome(result);
    if (result.kind === 'saved' || result.kind === 'unchanged')
      onDone(t(mode === 'propose' ? 'form.proposed' : result.kind === 'saved' ? 'form.saved' : 'form.unchanged'));
    else requestAnimationFrame(() => summary.current?.focus());
  }

  const submit = (event: FormEvent) => {
    event.preventDefault();
    void send(initial, version);
  };

  if (outcome?.kind === 'conflict') {
    const theirs = valuesOf(outcome.current, record.kind);
    const at = Number(outcome.current.version);
    return (
      <ConflictView
        kind={record.kind}
        mine={values}
        initial={initial}
        current={outcome.current}
        onReapply={() => {
          // Your changed fields on top of theirs; the fields you left alone take their values.
          const merged = Object.fromEntries(
            Object.keys(theirs).map((f) => [f, values[f] !== initial[f] ? (values[f] ?? '') : (theirs[f] ?? '')]),
          );
          setValues(merged);
          setInitial(theirs);
          setVersion(at);
          setOutcome(null);
          void send(theirs, at, merged);
        }}
        onDiscard={() => {
          setValues(theirs);
          setInitial(theirs);
          setVersion(at);
          setOutcome(null);
        }}
      />
    );
  }

  const errors = outcome?.kind === 'invalid' ? outcome.errors : {};
  return (
    <form
      className="dsv-form"
      onSubmit={submit}
      noValidate
      aria-label={t(mode === 'propose' ? 'form.proposeTitle' : 'form.editTitle', { name: record.name })}
    >
      <div ref={summary} tabIndex={-1}>
        {(outcome?.kind === 'invalid' || outcome?.kind === 'failed') && (
          <Alert type="error">
            <Paragraph role="alert">
              {outcome.kind === 'invalid' ? t('form.invalid', { count: Object.keys(outcome.errors).length }) : outcome.message}
            </Paragraph>
          </Alert>
        )}
      </div>
      {mode === 'propose' && <Paragraph>{t('form.proposeHelp')}</Paragraph>}
      {FIELDS[record.kind].map((spec) => (
        <FieldControl
          key={spec.name}
          spec={spec}
          value={values[spec.name] ?? ''}
          error={errors[spec.name]}
          onChange={(value) => setValues((v) => ({ ...v, [spec.name]: value }))}
        />
      ))}
      <ButtonGroup>
        <PrimaryActionButton type="submit" disabled={busy}>
          {t(mode === 'propose' ? 'form.propose' : 'form.save')}
        </PrimaryActionButton>
        <SecondaryActionButton type="button" onClick={onCancel}>
          {t('form.cancel')}
        </SecondaryActionButton>
      </ButtonGroup>
    </form>
  );
}
