import { Heading1, Paragraph } from '@utrecht/component-library-react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { useGql } from '../data/useGql';
import { AsOfField } from '../filters/AsOfField';
import { FollowsAsOf } from '../filters/FollowsAsOf';
import { useAsOf } from '../filters/useAsOf';
import { useDocumentTitle } from '../layout/useDocumentTitle';
import { QueryView } from '../ui/QueryView';
import { PartnershipPairDocument } from './api';
import { PairSides } from './PairSides';

/** Two partnerships side by side (`/vergelijk?a=<id>&b=<id>`) as they were on the as-of date (`?per=`): attributes, members, themes, networks, tables. */
export function ComparePage() {
  const { t } = useTranslation('compare');
  const [params] = useSearchParams();
  const a = params.get('a') ?? '';
  const b = params.get('b') ?? '';
  const [{ asOf }] = useAsOf();
  const pair = useGql(PartnershipPairDocument, { a, b, asOf }, { enabled: a !== '' && b !== '' });
  const names = pair.status === 'success' && pair.data.a && pair.data.b ? t('names', { a: pair.data.a.name, b: pair.data.b.name }) : null;
  useDocumentTitle(names ? `${names} – ${t('title')}` : t('title'));

  return (
    <FollowsAsOf>
      <Heading1>{names ?? t('title')}</Heading1>
      <div className="dsv-controls">
        <AsOfField />
      </div>
      <Paragraph appearance="lead">{t('intro')}</Paragraph>
      {a === '' || b === '' ? (
        <Paragraph>{t('choose')}</Paragraph>
      ) : (
        <QueryView result={pair}>
          {(data) => (data.a && data.b ? <PairSides a={data.a} b={data.b} /> : <Paragraph>{t('notFound')}</Paragraph>)}
        </QueryView>
      )}
    </FollowsAsOf>
  );
}
