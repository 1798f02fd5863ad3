import {
  ButtonGroup,
  FormFieldTextarea,
  Heading2,
  Paragraph,
  PrimaryActionButton,
  SecondaryActionButton,
  Table,
  TableBody,
  TableCaption,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
} from '@utrecht/component-library-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useDataLabel } from './texts';
import { Link } from 'react-router';
import type { ProposalsQuery as Result } from '../data/gql/graphql';
import { mutate } from '../data/mutate';
import { useGql } from '../data/useGql';
import { ErrorState } from '../layout/ErrorState';
import { LoadingState } from '../layout/LoadingState';
import { PlacePage } from '../layout/PlacePage';
import { ProposalsQuery, ReviewProposalMutation } from './api';
import { textOf } from './fields';

type Proposal = Result['proposals'][number];
const shown = (json: string | null | undefined) => (json == null ? '—' : textOf(JSON.parse(json)) || '—');

function ProposalCard({ proposal }: { proposal: Proposal }) {
  const { t, i18n } = useTranslation('living');
  const label = useDataLabel();
  const [comment, setComment] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const review = async (accept: boolean) => {
    setBusy(true);
    await mutate(ReviewProposalMutation, { id: proposal.id, accept, comment: comment || null }).catch((e: Error) => setError(e.message));
    setBusy(false);
  };
  const kind = proposal.entity === 'Partnership' ? 'partnership' : proposal.entity === 'Party' ? 'party' : 'table';
  return (
    <article className="dsv-proposal" data-proposal={proposal.id}>
      <Heading2>
        <Link className="utrecht-link utrecht-link--html-a" to={`/gegevens/${kind}/${encodeURIComponent(proposal.entityId)}`}>
          {label('entities', proposal.entity)} {proposal.entityId}
        </Link>
      </Heading2>
      <Paragraph>
        {t('review.by', { by: proposal.by, at: new Date(proposal.at).toLocaleString(i18n.language), version: proposal.baseVersion })}
      </Paragraph>
      <Table>
        <TableCaption>{t('review.diff')}</TableCaption>
        <TableHeader>
          <TableRow>
            <TableHeaderCell scope="col">{t('conflict.field')}</TableHeaderCell>
            <TableHeaderCell scope="col">{t('history.before')}</TableHeaderCell>
            <TableHeaderCell scope="col">{t('review.proposed')}</TableHeaderCell>
          </TableRow>
        </TableHeader>
        <TableBody>
          {proposal.changes.map((c) => (
            <TableRow key={c.field}>
              <TableHeaderCell scope="row">{label('fields', c.field)}</TableHeaderCell>
              <TableCell className="dsv-pre dsv-diff--before">{shown(c.before)}</TableCell>
              <TableCell className="dsv-pre dsv-diff--after">{shown(c.after)}</TableCell>
            </TableRow>
          ))}
        </TableBody>
      </Table>
      <FormFieldTextarea
        label={t('review.comment')}
        name={`comment-${proposal.id}`}
        value={comment}
        rows={2}
        onChange={(e) => setComment((e.target as HTMLTextAreaElement).value)}
      />
      {error && <Paragraph role="alert">{error}</Paragraph>}
      <ButtonGroup>
        <PrimaryActionButton type="button" disabled={busy} onClick={() => void review(true)}>
          {t('review.accept')}
        </PrimaryActionButton>
        <SecondaryActionButton type="button" disabled={busy} onClick={() => void review(false)}>
          {t('review.reject')}
        </SecondaryActionButton>
      </ButtonGroup>
    </article>
  );
}

/** `/voorstellen`: the proposals waiting for review, each with its diff; accept or reject with a comment. */
export function ReviewPage() {
  const { t } = useTranslation('living');
  const proposals = useGql(ProposalsQuery, {});
  return (
    <PlacePage title={t('review.title')} intro={t('review.intro')}>
      {proposals.status === 'loading' && <LoadingState label={t('review.loading')} />}
      {proposals.status === 'error' && (
        <ErrorState
          title={t('review.error')}
          help=""
          detail={proposals.error.message}
          retryLabel={t('record.retry')}
          onRetry={proposals.retry}
        />
      )}
      {proposals.status === 'success' && proposals.data.proposals.length === 0 && <Paragraph>{t('review.none')}</Paragraph>}
      {proposals.status === 'success' && proposals.data.proposals.map((p) => <ProposalCard key={p.id} proposal={p} />)}
    </PlacePage>
  );
}
