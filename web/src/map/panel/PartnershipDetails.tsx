import { Heading3, Link, Paragraph } from '@utrecht/component-library-react';
import { useTranslation } from 'react-i18next';
import { Link as RouterLink, useSearchParams } from 'react-router';
import { domainLabel, phaseLabel } from '../../filters/filterLabels';
import { useLabels } from '../../ui/labels';
import { networkLink } from '../../ui/links';
import type { PartnershipDetail } from '../api/partnership';
import type { NetworkPalette } from '../data/networkColors';
import { NetworkSwatches } from '../legend/NetworkSwatches';
import { PartiesByDomain } from './PartiesByDomain';
import { Disclosure } from './Disclosure';
import { TextList } from './TextList';

interface PartnershipDetailsProps {
  partnership: PartnershipDetail;
  palette: NetworkPalette;
}

/** What the panel says about a partnership: networks, phase, themes, parties by domain, gaps, tables, initiatives. */
export function PartnershipDetails({ partnership: p, palette }: PartnershipDetailsProps) {
  const { t } = useTranslation('map');
  const ft = useLabels();
  const [params] = useSearchParams();
  const networkNames = new Map(p.networks.map((n) => [n.key, n.name]));

  return (
    <>
      <dl className="dsv-facts">
        <dt>{t('panel.networks')}</dt>
        <dd>
          <NetworkSwatches keys={p.networks.map((n) => n.key)} names={networkNames} palette={palette} />
        </dd>
        <dt>{t('panel.phase')}</dt>
        <dd>{p.phase === null ? t('panel.unknown') : phaseLabel(ft, p.phase)}</dd>
        <dt>{t('panel.startYear')}</dt>
        <dd>{p.startYear ?? t('panel.unknown')}</dd>
        <dt>{t('panel.themes')}</dt>
        <dd>{p.themes.length > 0 ? p.themes.map(ft.theme).join(', ') : t('panel.none')}</dd>
        <dt>{t('panel.municipalities')}</dt>
        <dd>
          {p.municipalities.map((m) => m.name).join(', ') || t('panel.none')}
          {p.locationIsCentroid && <span className="dsv-facts__note"> {t('panel.centroid')}</span>}
          {!p.location && <span className="dsv-facts__note"> {t('panel.noLocation')}</span>}
        </dd>
      </dl>
      <Paragraph>
        <RouterLink className="utrecht-link utrecht-link--html-a" to={networkLink(params, `partnership:${p.id}`)}>
          {t('panel.toNetwork')}
        </RouterLink>
        {p.website && (
          <>
            {' · '}
            <Link href={p.website}>{t('panel.website')}</Link>
          </>
        )}
      </Paragraph>
      <Heading3>{t('panel.missing')}</Heading3>
      <Paragraph>
        {p.missingDomains.length > 0 ? p.missingDomains.map((d) => domainLabel(ft, d)).join(', ') : t('panel.noneMissing')}
      </Paragraph>
      <Disclosure summary={t('panel.parties')} count={p.members.length}>
        <PartiesByDomain members={p.members} />
      </Disclosure>
      <Disclosure summary={t('panel.tables')} count={p.tables.length}>
        <TextList
          items={p.tables.map((tb) => (tb.level ? `${tb.name} (${t(`panel.level.${levelKey(tb.level)}`)})` : tb.name))}
          empty={t('panel.none')}
        />
      </Disclosure>
      <Disclosure summary={t('panel.initiatives')} count={p.initiatives.length}>
        <TextList
          items={p.initiatives.map((i) => (i.scalingStatus ? `${i.name} (${t(`panel.scaling.${scalingKey(i.scalingStatus)}`)})` : i.name))}
          empty={t('panel.none')}
        />
      </Disclosure>
      {p.description && (
        <Disclosure summary={t('panel.description')}>
          <Paragraph>{p.description}</Paragraph>
        </Disclosure>
      )}
      <Paragraph appearance="small">
        {t('panel.source', { source: p.source === 'illustrative' ? t('panel.illustrative') : p.source })}
      </Paragraph>
    </>
  );
}

const LEVELS = ['local', 'regional', 'national'] as const;
const SCALING = ['scaled', 'scaling', 'wish', 'potential', 'none'] as const;
const levelKey = (level: string) => ((LEVELS as readonly string[]).includes(level) ? (level as (typeof LEVELS)[number]) : 'local');
const scalingKey = (status: string) => ((SCALING as readonly string[]).includes(status) ? (status as (typeof SCALING)[number]) : 'none');
