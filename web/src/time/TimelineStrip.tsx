import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { useAsOf } from '../filters/useAsOf';
import { useFormat } from '../ui/format';
import { InlineQueryState } from '../ui/InlineQueryState';
import { quarterIndexOf } from './quarters';
import { TimelineBars } from './TimelineBars';
import { useTimeline } from './useTimeline';
import './timeline.css';

/**
 * The strip under the map: how many partnerships (that pass the filters) were
 * active per quarter, as bars that move "Stand per" by click, drag or keys.
 * `ready` false holds its questions back (while the map loads its points).
 */
export function TimelineStrip({ ready = true }: { ready?: boolean }) {
  const { t } = useTranslation('time');
  const format = useFormat();
  const headingId = useId();
  const helpId = useId();
  const [{ date }, setAsOf] = useAsOf();
  const timeline = useTimeline(ready);
  const data = timeline.status === 'success' ? timeline.data : null;
  const at = data ? data.quarters[quarterIndexOf(data.quarters, date)] : undefined;

  return (
    <section className="dsv-timeline" aria-labelledby={headingId} aria-busy={timeline.status === 'loading' || undefined}>
      <div className="dsv-timeline__inner">
        <div className="dsv-timeline__head">
          <h2 id={headingId} className="dsv-timeline__title" title={t('timeline.title')}>
            {t('timeline.heading')}
          </h2>
          <span className="dsv-timeline__current" data-testid="timeline-current">
            {at && at.end === date
              ? t('timeline.currentCount', { date: format.date(date), count: format.integer(at.partnerships) })
              : t('timeline.current', { date: format.date(date) })}
          </span>
          {/* Its line is kept while the counts load, so the strip's height (and the map's) never changes. */}
          <span className="dsv-timeline__note" title={data?.illustrative ? t('timeline.illustrative') : undefined}>
            {data?.illustrative ? t('timeline.illustrativeShort') : '\u00a0'}
          </span>
        </div>
        <div className="dsv-timeline__body">
          {data && <TimelineBars quarters={data.quarters} date={date} onChoose={setAsOf} helpId={helpId} />}
          <InlineQueryState
            result={timeline}
            className="dsv-timeline__state"
            texts={{ loading: t('timeline.loading'), error: t('timeline.error'), retry: t('timeline.retry') }}
          />
        </div>
      </div>
      <p id={helpId} className="dsv-visually-hidden">
        {t('timeline.title')}. {data?.illustrative && `${t('timeline.illustrative')}. `}
        {t('timeline.help')}
      </p>
    </section>
  );
}
