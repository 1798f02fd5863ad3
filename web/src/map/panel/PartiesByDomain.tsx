import { Paragraph } from '@utrecht/component-library-react';
import { useTranslation } from 'react-i18next';
import { domainLabel } from '../../filters/filterLabels';
import { DOMAINS } from '../../lib/domains';
import { useLabels } from '../../ui/labels';
import type { PartnershipDetail } from '../api/partnership';

/** The member parties, grouped under their domain, with their role where known. */
export function PartiesByDomain({ members }: { members: PartnershipDetail['members'] }) {
  const { t } = useTranslation('map');
  const ft = useLabels();
  if (members.length === 0) return <Paragraph>{t('panel.noParties')}</Paragraph>;

  const groups = new Map<string, PartnershipDetail['members']>();
  for (const m of members) groups.set(m.party.domain, [...(groups.get(m.party.domain) ?? []), m]);
  const order: readonly string[] = DOMAINS;
  const rank = (d: string) => (order.includes(d) ? order.indexOf(d) : order.length);
  const domains = [...groups.keys()].sort((a, b) => rank(a) - rank(b) || a.localeCompare(b));

  return (
    <dl className="dsv-parties">
      {domains.map((domain) => (
        <div key={domain} className="dsv-parties__group">
          <dt>{domainLabel(ft, domain)}</dt>
          {groups.get(domain)!.map((m) => (
            <dd key={m.party.id}>
              {m.party.name}
              {m.role && <span className="dsv-parties__role"> ({m.role})</span>}
            </dd>
          ))}
        </div>
      ))}
    </dl>
  );
}
