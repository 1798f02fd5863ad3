import { Heading1, Paragraph } from '@utrecht/component-library-react';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { AsOfField } from '../filters/AsOfField';
import { FollowsAsOf } from '../filters/FollowsAsOf';
import { useDocumentTitle } from '../layout/useDocumentTitle';
import { useLabels } from '../ui/labels';
import { QueryView } from '../ui/QueryView';
import type { PartyDetail } from './api';
import { PartyDuplicatesSection } from './PartyDuplicatesSection';
import { PartyLoadSection } from './PartyLoadSection';
import { PartyPartnershipsSection } from './PartyPartnershipsSection';
import { PartyRegionsSection } from './PartyRegionsSection';
import { PartyTablesSection } from './PartyTablesSection';
import { useParty } from './queries';

/** A party's own view (`/partij/<id>`): its load, tables, duplicate pairs, partnerships and regions on the as-of date (`?per=`). */
export function PartyPage() {
  const { id = '' } = useParams();
  const { t } = useTranslation('party');
  const party = useParty(id);
  const name = party.status === 'success' ? party.data?.name : undefined;
  useDocumentTitle(name ? `${name} – ${t('title')}` : t('title'));

  return (
    <FollowsAsOf>
      <QueryView result={party}>
        {(p) =>
          p ? (
            <PartyView party={p} />
          ) : (
            <>
              <Heading1>{t('title')}</Heading1>
              <Paragraph>{t('unknown', { id })}</Paragraph>
            </>
          )
        }
      </QueryView>
    </FollowsAsOf>
  );
}

function PartyView({ party }: { party: PartyDetail }) {
  const { t } = useTranslation('party');
  const labels = useLabels();
  return (
    <>
      <Heading1>{party.name}</Heading1>
      <div className="dsv-controls">
        <AsOfField />
      </div>
      <Paragraph appearance="lead">
        {t('lead', { domain: labels.domain(party.domain), partnerships: party.partnerships.length, tables: party.tables.length })}
      </Paragraph>
      <PartyLoadSection party={party} />
      <PartyTablesSection party={party} />
      <PartyDuplicatesSection party={party} />
      <PartyPartnershipsSection party={party} />
      <PartyRegionsSection party={party} />
    </>
  );
}
