import { Heading2, Paragraph } from '@utrecht/component-library-react';
import { useTranslation } from 'react-i18next';
import { useNetworks } from '../api/useNetworks';
import { ErrorState } from '../layout/ErrorState';
import { LoadingState } from '../layout/LoadingState';
import { NetworksTable } from './NetworksTable';

const HEADING_ID = 'networks-heading';

/** The national networks, with loading and error states. */
export function NetworksOverview() {
  const { t } = useTranslation();
  const networks = useNetworks();

  return (
    <section aria-labelledby={HEADING_ID} aria-busy={networks.status === 'loading'}>
      <Heading2 id={HEADING_ID}>{t('networks.heading')}</Heading2>
      <Paragraph>{t('networks.intro')}</Paragraph>
      {networks.status === 'loading' && <LoadingState label={t('networks.loading')} />}
      {networks.status === 'error' && (
        <ErrorState
          title={t('networks.errorTitle')}
          help={t('networks.errorHelp')}
          detail={t('networks.errorDetail', {
            message: networks.error.message,
          })}
          retryLabel={t('networks.retry')}
          onRetry={networks.retry}
        />
      )}
      {networks.status === 'success' &&
        (networks.data.length > 0 ? <NetworksTable networks={networks.data} /> : <Paragraph>{t('networks.empty')}</Paragraph>)}
    </section>
  );
}
