import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { allPages } from '../data/allPages';
import { request } from '../data/request';
import type { QueryResult } from '../data/result';
import { useGqlQuery } from '../data/useGql';
import { useFormat } from '../ui/format';
import { useLabels } from '../ui/labels';
import { Section } from '../ui/page/Section';
import { QueryView } from '../ui/QueryView';
import type { Column } from '../ui/table/columns';
import { DataTable } from '../ui/table/DataTable';
import { ChangedPartnershipsDocument, type DatedPartnership } from './changeApi';

/** The API's cap on one page of partnerships. */
const PAGE_SIZE = 1000;

/** A partnership that exists on one date and not on the other. */
export interface PartnershipChange extends DatedPartnership {
  change: 'started' | 'ended';
}

/** Every partnership valid on a date, page by page. */
function validOn(asOf: string, signal: AbortSignal): Promise<DatedPartnership[]> {
  return allPages(
    async (after) => (await request(ChangedPartnershipsDocument, { asOf, first: PAGE_SIZE, after }, { signal })).partnerships,
  );
}

/**
 * The partnerships that started (valid on `to`, not on `from`) and ended
 * (the reverse), from the API's lists on both dates; each with the networks
 * of the date it was valid on. By name.
 */
function usePartnershipChanges(from: string, to: string): QueryResult<PartnershipChange[]> {
  return useGqlQuery(
    ['partnershipChanges', from, to],
    async ({ signal }) => {
      const [before, after] = await Promise.all([validOn(from, signal), validOn(to, signal)]);
      const ids = (list: readonly DatedPartnership[]) => new Set(list.map((p) => p.id));
      const [was, is] = [ids(before), ids(after)];
      const started = after.filter((p) => !was.has(p.id)).map((p) => ({ ...p, change: 'started' as const }));
      const ended = before.filter((p) => !is.has(p.id)).map((p) => ({ ...p, change: 'ended' as const }));
      return [...started, ...ended].sort((a, b) => a.name.localeCompare(b.name, 'nl', { sensitivity: 'base' }) || a.id.localeCompare(b.id));
    },
    { keep: true },
  );
}

/** The partnerships that started or ended between the two dates, with their dates and networks. */
export function PartnershipChangesSection({ from, to }: { from: string; to: string }) {
  const { t } = useTranslation('time');
  const format = useFormat();
  const labels = useLabels();
  const result = usePartnershipChanges(from, to);
  const period = { from: format.date(from), to: format.date(to) };

  const columns = useMemo<Column<PartnershipChange>[]>(
    () => [
      { key: 'name', label: t('change.partnerships.columns.name'), value: (p) => p.name, rowHeader: true },
      { key: 'id', label: 'id', value: (p) => p.id, shown: false },
      { key: 'change', label: t('change.partnerships.columns.change'), value: (p) => t(`change.partnerships.${p.change}`) },
      { key: 'validFrom', label: t('change.partnerships.columns.validFrom'), value: (p) => p.validFrom ?? null },
      { key: 'validTo', label: t('change.partnerships.columns.validTo'), value: (p) => p.validTo ?? null },
      {
        key: 'networks',
        label: t('change.partnerships.columns.networks'),
        value: (p) => p.networks.map((n) => labels.network(n.key)).join(', '),
      },
    ],
    [t, labels],
  );

  return (
    <Section title={t('change.partnerships.title')} intro={t('change.partnerships.intro', period)} busy={result.status === 'loading'}>
      <QueryView result={result}>
        {(rows) => (
          <>
            <p className="dsv-count" data-testid="partnership-changes">
              {t('change.partnerships.summary', {
                started: format.integer(rows.filter((r) => r.change === 'started').length),
                ended: format.integer(rows.filter((r) => r.change === 'ended').length),
              })}
            </p>
            <DataTable
              id="begonnen-gestopt"
              caption={t('change.partnerships.caption', period)}
              columns={columns}
              rows={rows}
              rowKey={(p) => p.id}
              rowData={(p) => ({ 'data-change': p.change })}
              serverOrder={{ key: 'name', direction: 'ascending' }}
            />
          </>
        )}
      </QueryView>
    </Section>
  );
}
