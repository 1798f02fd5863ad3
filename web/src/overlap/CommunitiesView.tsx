import { Paragraph } from '@utrecht/component-library-react';
import { useTranslation } from 'react-i18next';
import { FilterNote } from '../ui/FilterNote';
import { useFormat } from '../ui/format';
import { useLabels } from '../ui/labels';
import { Section } from '../ui/page/Section';
import { QueryView } from '../ui/QueryView';
import { useUrlParam } from '../ui/url/useUrlParam';
import type { CommunitiesData } from './api';
import { CommunityDetail } from './CommunityDetail';
import { CommunityTable } from './CommunityTable';
import { SeedInput } from './SeedInput';
import { useCommunities } from './queries';

/** The URL parameter of the chosen community (`?gemeenschap=3`). */
export const COMMUNITY_PARAM = 'gemeenschap';

/** Louvain communities of the filtered partnership–party graph, said to be computed, with one community in detail. */
export function CommunitiesView() {
  const { t } = useTranslation('overlap');
  const [seedText, setSeed] = useUrlParam('seed');
  const seed = seedText !== null && /^\d{1,9}$/.test(seedText) ? Number(seedText) : 1;
  const result = useCommunities(seed);
  return (
    <Section title={t('communities.title')} intro={t('communities.intro')} busy={result.status === 'loading'}>
      <p className="dsv-note" data-testid="communities-computed">
        {t('communities.computed')}
      </p>
      <FilterNote />
      <div className="dsv-controls">
        <SeedInput value={seed} onChange={(v) => setSeed(v === 1 ? null : String(v))} />
      </div>
      <QueryView result={result}>{(data) => <Communities data={data} />}</QueryView>
    </Section>
  );
}

function Communities({ data }: { data: CommunitiesData }) {
  const { t } = useTranslation('overlap');
  const format = useFormat();
  const labels = useLabels();
  const [chosenText] = useUrlParam(COMMUNITY_PARAM);
  const chosen = data.communities.find((c) => String(c.id) === chosenText) ?? data.communities[0];
  return (
    <>
      <Paragraph>
        {t('communities.summary', {
          count: data.communities.length,
          modularity: format.jaccard(data.modularity),
          seed: data.seed,
        })}
      </Paragraph>
      <CommunityTable rows={data.communities} current={chosen?.id ?? null} network={(key) => labels.network(key)} />
      {chosen && <CommunityDetail community={chosen} />}
    </>
  );
}
