import { Checkbox, FormField, FormLabel, Paragraph } from '@utrecht/component-library-react';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { SetView } from '../state/useNetworkView';
import type { ViewState } from '../state/viewState';

interface ExploreHighlightsProps {
  view: ViewState;
  setView: SetView;
}

/** Explore: make the parties that bridge networks stand out, colour nodes by their computed community. */
export function ExploreHighlights({ view, setView }: ExploreHighlightsProps) {
  const { t } = useTranslation('network');
  const bridgesId = useId();
  const communitiesId = useId();
  return (
    <div className="dsv-network__tables-scope">
      <FormField type="checkbox" className="dsv-control">
        <Checkbox id={bridgesId} checked={view.bridges} onChange={(e) => setView({ bridges: e.target.checked })} />
        <FormLabel htmlFor={bridgesId} type="checkbox">
          {t('highlights.bridges')}
        </FormLabel>
      </FormField>
      <FormField type="checkbox" className="dsv-control">
        <Checkbox id={communitiesId} checked={view.communities} onChange={(e) => setView({ communities: e.target.checked })} />
        <FormLabel htmlFor={communitiesId} type="checkbox">
          {t('highlights.communities')}
        </FormLabel>
      </FormField>
      {view.communities && <Paragraph className="dsv-network__hint">{t('highlights.computed')}</Paragraph>}
    </div>
  );
}
