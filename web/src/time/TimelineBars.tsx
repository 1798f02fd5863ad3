import { useRef, useState, type KeyboardEvent, type PointerEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useFormat } from '../ui/format';
import { quarterIndexOf, stepFrom } from './quarters';
import type { QuarterCount } from './useTimeline';

interface TimelineBarsProps {
  quarters: readonly QuarterCount[];
  /** The as-of date shown (yyyy-mm-dd). */
  date: string;
  /** A date chosen on the strip: a quarter's counting day. */
  onChoose: (date: string) => void;
  /** Explains the keys, for `aria-describedby`. */
  helpId: string;
}

/** Each year on the strip and how many of its quarters it shows (the current year: up to today's). */
function years(quarters: readonly QuarterCount[]): [number, number][] {
  const counts = new Map<number, number>();
  for (const q of quarters) counts.set(q.year, (counts.get(q.year) ?? 0) + 1);
  return [...counts];
}

/** Keys that move the date, in quarters. */
const STEPS: Readonly<Record<string, number>> = { ArrowLeft: -1, ArrowDown: -1, ArrowRight: 1, ArrowUp: 1, PageDown: -4, PageUp: 4 };

/**
 * The bars of the timeline as one slider: a click or a drag chooses the
 * quarter under the pointer (the date moves when the pointer is let go, so a
 * drag asks the server once), the arrow keys move a quarter, Page Up/Down a
 * year, Home and End to the first quarter and to today.
 */
export function TimelineBars({ quarters, date, onChoose, helpId }: TimelineBarsProps) {
  const { t } = useTranslation('time');
  const format = useFormat();
  const bars = useRef<HTMLDivElement>(null);
  const [dragging, setDragging] = useState<number | null>(null);
  const at = quarterIndexOf(quarters, date);
  const shown = dragging ?? at;
  const max = Math.max(1, ...quarters.map((q) => q.partnerships));
  const quarterName = (i: number) => t('timeline.quarter', { year: quarters[i]!.year, quarter: quarters[i]!.quarter });
  const current = quarters[at]!;
  const valueText =
    date === current.end
      ? t('timeline.valueCounted', { date: format.date(date), quarter: quarterName(at), count: format.integer(current.partnerships) })
      : t('timeline.valueInside', { date: format.date(date), quarter: quarterName(at) });

  const indexAt = (clientX: number) => {
    const box = bars.current!.getBoundingClientRect();
    const i = Math.floor(((clientX - box.left) / box.width) * quarters.length);
    return Math.max(0, Math.min(quarters.length - 1, i));
  };
  const down = (event: PointerEvent<HTMLDivElement>) => {
    if (event.button !== 0) return;
    event.currentTarget.setPointerCapture(event.pointerId);
    event.currentTarget.focus();
    setDragging(indexAt(event.clientX));
  };
  const move = (event: PointerEvent<HTMLDivElement>) => {
    if (dragging !== null) setDragging(indexAt(event.clientX));
  };
  const up = (event: PointerEvent<HTMLDivElement>) => {
    if (dragging === null) return;
    const i = indexAt(event.clientX);
    setDragging(null);
    onChoose(quarters[i]!.end);
  };
  const key = (event: KeyboardEvent<HTMLDivElement>) => {
    const step = STEPS[event.key];
    const next =
      step !== undefined
        ? stepFrom(quarters, date, step)
        : event.key === 'Home'
          ? quarters[0]!.end
          : event.key === 'End'
            ? quarters[quarters.length - 1]!.end
            : null;
    if (next === null) return;
    event.preventDefault();
    if (next !== date) onChoose(next);
  };

  return (
    <div
      className="dsv-timeline__slider"
      role="slider"
      tabIndex={0}
      aria-label={t('timeline.slider')}
      aria-describedby={helpId}
      aria-valuemin={0}
      aria-valuemax={quarters.length - 1}
      aria-valuenow={at}
      aria-valuetext={valueText}
      data-index={at}
      onKeyDown={key}
      onPointerDown={down}
      onPointerMove={move}
      onPointerUp={up}
      onPointerCancel={() => setDragging(null)}
    >
      <div ref={bars} className="dsv-timeline__bars">
        {quarters.map((q, i) => (
          <div
            key={q.end}
            className={i === shown ? 'dsv-timeline__bar dsv-timeline__bar--current' : 'dsv-timeline__bar'}
            data-quarter={`${q.year}-${q.quarter}`}
            data-count={q.partnerships}
            title={t('timeline.valueCounted', { date: format.date(q.end), quarter: quarterName(i), count: format.integer(q.partnerships) })}
          >
            <span className="dsv-timeline__fill" style={{ blockSize: `${(q.partnerships / max) * 100}%` }} />
          </div>
        ))}
      </div>
      <div className="dsv-timeline__years" aria-hidden="true">
        {years(quarters).map(([year, count]) => (
          <span
            key={year}
            className={year % 2 ? 'dsv-timeline__year dsv-timeline__year--odd' : 'dsv-timeline__year'}
            style={{ flexGrow: count }}
          >
            {year}
          </span>
        ))}
      </div>
    </div>
  );
}
