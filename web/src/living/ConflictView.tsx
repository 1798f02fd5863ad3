import {
  Alert,
  ButtonGroup,
  Heading3,
  Paragraph,
  PrimaryActionButton,
  SecondaryActionButton,
  Table,
  TableBody,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
} from '@utrecht/component-library-react';
import { useTranslation } from 'react-i18next';
import { useDataLabel } from './texts';
import { FIELDS, fieldText, type FormValues, type RecordKind } from './fields';

interface ConflictViewProps {
  kind: RecordKind;
  /** The form as you left it. */
  mine: FormValues;
  /** What you started from. */
  initial: FormValues;
  /** The record as someone else saved it (CONFLICT's `extensions.current`). */
  current: Record<string, unknown>;
  /** Apply your changes on top of the current version and save again. */
  onReapply: () => void;
  /** Drop your changes and start from the current version. */
  onDiscard: () => void;
}

/** Someone saved in between: their record beside yours, field by field; nothing is lost until you choose. */
export function ConflictView({ kind, mine, initial, current, onReapply, onDiscard }: ConflictViewProps) {
  const { t } = useTranslation('living');
  const label = useDataLabel();
  const rows = FIELDS[kind]
    .map((spec) => ({ name: spec.name, theirs: fieldText(spec, current), mine: mine[spec.name] ?? '', before: initial[spec.name] ?? '' }))
    .filter((r) => r.theirs !== r.before || r.mine !== r.before);
  return (
    <section className="dsv-conflict" aria-labelledby="conflict-title">
      <Alert type="warning">
        <Heading3 id="conflict-title">{t('conflict.title')}</Heading3>
        <Paragraph>{t('conflict.intro', { version: String(current.version ?? '') })}</Paragraph>
      </Alert>
      <Table>
        <TableHeader>
          <TableRow>
            <TableHeaderCell scope="col">{t('conflict.field')}</TableHeaderCell>
            <TableHeaderCell scope="col">{t('conflict.theirs')}</TableHeaderCell>
            <TableHeaderCell scope="col">{t('conflict.mine')}</TableHeaderCell>
          </TableRow>
        </TableHeader>
        <TableBody>
          {rows.map((r) => (
            <TableRow key={r.name} data-field={r.name}>
              <TableHeaderCell scope="row">{label('fields', r.name)}</TableHeaderCell>
              <TableCell className="dsv-pre">{r.theirs}</TableCell>
              <TableCell className="dsv-pre">{r.mine}</TableCell>
            </TableRow>
          ))}
        </TableBody>
      </Table>
      <ButtonGroup>
        <PrimaryActionButton type="button" onClick={onReapply}>
          {t('conflict.reapply')}
        </PrimaryActionButton>
        <SecondaryActionButton type="button" onClick={onDiscard}>
          {t('conflict.discard')}
        </SecondaryActionButton>
      </ButtonGroup>
    </section>
  );
}
