import { Button, FormLabel, Textbox } from '@utrecht/component-library-react';
import { useEffect, useId, useState } from 'react';
import { isIsoDate } from './asOf';
import { useAsOf } from './useAsOf';
import { useFilterTexts } from './useFilterTexts';
import './filter-bar.css';

/** How long typing may pause before the date goes into the URL (a typed year passes 0002, 0020, 0202 on its way). */
const DEBOUNCE_MS = 400;
const MIN = '1990-01-01';
const MAX = '2100-12-31';

const usable = (text: string) => isIsoDate(text) && text >= MIN && text <= MAX;

/**
 * "Stand per": the date every view with an as-of question shows (default
 * today), in the URL as `?per=`. A field of its own, so it stands in the
 * filter panel and above views that have no filter panel.
 */
export function AsOfField() {
  const t = useFilterTexts();
  const id = useId();
  const [{ date, isToday }, setAsOf] = useAsOf();
  const [draft, setDraft] = useState(date);

  // The URL wins when it changes from elsewhere (the timeline, a link, "Vandaag").
  useEffect(
    function followUrlDate() {
      setDraft(date);
    },
    [date],
  );

  useEffect(
    function applyAfterPause() {
      if (draft === date || !usable(draft)) return;
      const timer = window.setTimeout(() => setAsOf(draft), DEBOUNCE_MS);
      return function cancelPendingDate() {
        window.clearTimeout(timer);
      };
    },
    [draft, date, setAsOf],
  );

  return (
    <div className="dsv-as-of" data-as-of={date}>
      <FormLabel htmlFor={id}>{t('asOf.label')}</FormLabel>
      <p id={`${id}-help`} className="dsv-as-of__help">
        {t('asOf.help')}
      </p>
      <div className="dsv-as-of__row">
        <Textbox
          id={id}
          type="date"
          name="per"
          min={MIN}
          max={MAX}
          value={draft}
          aria-describedby={`${id}-help`}
          onChange={(e) => setDraft(e.target.value)}
          onBlur={() => usable(draft) || setDraft(date)}
        />
        <Button type="button" appearance="subtle-button" disabled={isToday} onClick={() => setAsOf(null)}>
          {t('asOf.today')}
        </Button>
      </div>
    </div>
  );
}
