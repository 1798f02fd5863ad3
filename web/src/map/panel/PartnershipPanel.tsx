import { Button, Heading2, Paragraph } from '@utrecht/component-library-react';
import { useEffect, useRef, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorState } from '../../layout/ErrorState';
import { LoadingState } from '../../layout/LoadingState';
import type { PartnershipDetail } from '../api/partnership';
import type { QueryResult } from '../../data/result';
import type { NetworkPalette } from '../data/networkColors';
import { PartnershipDetails } from './PartnershipDetails';
import { RecordLink } from '../../living/RecordLink';

interface PartnershipPanelProps {
  detail: QueryResult<PartnershipDetail | null>;
  palette: NetworkPalette;
  /** Moves focus to the heading when it opens (after a choice, not on page load). */
  focusOnOpen: boolean;
  onClose: () => void;
  /** The peers-nearby section, under the details. */
  children?: ReactNode;
}

/** The side panel for the selected partnership: its heading, a close button, its details and peers. */
export function PartnershipPanel({ detail, palette, focusOnOpen, onClose, children }: PartnershipPanelProps) {
  const { t } = useTranslation('map');
  const heading = useRef<HTMLHeadingElement>(null);
  const name = detail.status === 'success' ? detail.data?.name : undefined;

  useEffect(
    function focusNewSelection() {
      if (focusOnOpen && name) heading.current?.focus();
    },
    [focusOnOpen, name],
  );

  return (
    <div className="dsv-panel" aria-busy={detail.status === 'loading'}>
      <div className="dsv-panel__head">
        <Heading2 ref={heading} tabIndex={-1}>
          {name ?? t('panel.heading')}
        </Heading2>
        <Button type="button" appearance="secondary-action-button" onClick={onClose}>
          {t('panel.close')}
        </Button>
      </div>
      {detail.status === 'loading' && <LoadingState label={t('panel.loading')} />}
      {detail.status === 'error' && (
        <ErrorState
          title={t('panel.errorTitle')}
          help={t('status.errorHelp')}
          detail={t('status.errorDetail', { message: detail.error.message })}
          retryLabel={t('status.retry')}
          onRetry={detail.retry}
        />
      )}
      {detail.status === 'success' && detail.data === null && <Paragraph>{t('panel.notFound')}</Paragraph>}
      {detail.status === 'success' && detail.data && (
        <>
          <PartnershipDetails partnership={detail.data} palette={palette} />
          <RecordLink kind="partnership" id={detail.data.id} />
          {children}
        </>
      )}
    </div>
  );
}
