import { Heading1, Paragraph } from '@utrecht/component-library-react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { useGql } from '../data/useGql';
import { useDocumentTitle } from '../layout/useDocumentTitle';
import { QueryView } from '../ui/QueryView';
import { PartnershipPairDocument } from './api';
import { PairSides } from './PairSides';

/** Two partnerships side by side (`/vergelijk?a=<id>&b=<id>`): attributes, members, themes, networks, tables. */
export function ComparePage() {
  const { t } = useTranslation('compare');
  const [params] = useSearchParams();
  const a = params.get('a') ?? '';
  const b = params.get('b') ?? '';
  const pair = useGql(PartnershipPairDocument, { a, b }, { enabled: a !== '' && b !== '' });
  const names = pair.status === 'success' && pair.data.a && pair.data.b ? t('names', { a: pair.data.a.name, b: pair.data.b.name }) : null;
  useDocumentTitle(names ? `${names} – ${t('title')}` : t('title'));

  return (
    <>
      <Heading1>{names ?? t('title')}</Heading1>
      <Paragraph appearance="lead">{t('intro')}</Paragraph>
      {a === '' || b === '' ? (
        <Paragraph>{t('choose')}</Paragraph>
      ) : (
        <QueryView result={pair}>
          {(data) => (data.a && data.b ? <PairSides a={data.a} b={data.b} /> : <Paragraph>{t('notFound')}</Paragraph>)}
        </QueryView>
      )}
    </>
  );
}
